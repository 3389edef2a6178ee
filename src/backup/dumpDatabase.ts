import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'

import type { Digest } from './hashFile'
import { hashingTap } from './hashFile'
import { COUNTED_TABLES, type Manifest } from './manifest'

export type DatabaseDump = Pick<
  Manifest,
  'postgresVersion' | 'migrations' | 'latestMigration' | 'tables' | 'sequences'
> & {
  counts: Record<(typeof COUNTED_TABLES)[number], number>
  parts: Record<string, Digest>
}

/**
 * Dumps every table of the `public` schema as COPY text, one file per table under `dir/database/`,
 * from one REPEATABLE READ snapshot, so the archive is consistent while the portal keeps writing.
 * Why not pg_dump: the embedded package ships only initdb/pg_ctl/postgres, and Debian's
 * pg_dump (15) refuses our server (18). The schema itself is the committed migrations: the
 * manifest names the ones applied, and restore replays exactly those before loading the rows.
 */
export async function dumpDatabase(
  databaseUrl: string,
  dir: string,
  onTable?: (name: string, rows: number) => void,
): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const postgresVersion = (await client.query('SHOW server_version')).rows[0]
      .server_version as string
    const migrations = (
      await client.query(`SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name`)
    ).rows.map((r) => r.name as string)
    const tableNames = (
      await client.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      )
    ).rows.map((r) => r.tablename as string)
    const sequences = (
      await client.query(
        `SELECT sequencename AS name, last_value AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows.map((r) => ({
      name: r.name as string,
      value: r.value === null ? null : Number(r.value),
    }))
    mkdirSync(path.join(dir, 'database'), { recursive: true })
    const parts: Record<string, Digest> = {}
    const tables: DatabaseDump['tables'] = []
    for (const name of tableNames) {
      const part = `database/${name}.copy`
      const tap = hashingTap()
      const copy = client.query(copyTo(`COPY ${client.escapeIdentifier(name)} TO STDOUT`))
      await pipeline(copy, tap, createWriteStream(path.join(dir, part)))
      parts[part] = tap.digest()
      tables.push({ name, rows: Number(copy.rowCount) })
      onTable?.(name, Number(copy.rowCount))
    }
    const counts = Object.fromEntries(
      COUNTED_TABLES.map((t) => [t, tables.find((x) => x.name === t)?.rows ?? 0]),
    ) as DatabaseDump['counts']
    await client.query('COMMIT')
    return {
      postgresVersion,
      migrations,
      latestMigration: migrations.at(-1) ?? null,
      tables,
      sequences,
      counts,
      parts,
    }
  } finally {
    await client.end().catch(() => {})
  }
}
