import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { createReadStream, existsSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

import { migrations as codeMigrations } from '../migrations'
import { BackupError } from './backupError'
import type { Manifest } from './manifest'

type Migration = {
  name: string
  up: (args: { db: unknown; payload: unknown; req: unknown }) => Promise<void>
}

/**
 * Replaces the `public` schema of `databaseUrl` with the archive's content in ONE transaction:
 * drop the schema, replay the archive's own migrations, COPY the rows back, set the sequences,
 * apply the code's newer migrations, compare every table's row count with the manifest, commit.
 * Any failure (bad row, missing table, wrong count) rolls back to the database as it was, so the
 * operator is never left with nothing. Readers of the portal wait on the locks meanwhile, which
 * is why restore insists that the portal is stopped.
 */
export async function loadDatabase(opts: {
  databaseUrl: string
  dir: string
  manifest: Manifest
  onTable?: () => void
}): Promise<{ applied: string[] }> {
  const { manifest, dir } = opts
  const known = codeMigrations as unknown as Migration[]
  const client = new pg.Client({ connectionString: opts.databaseUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    await client.query('BEGIN')
    // Beside a running portal the schema swap waits for its queries; never forever.
    await client.query("SET LOCAL lock_timeout = '30s'")
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public')
    const db = drizzle({ client })
    for (const name of manifest.migrations)
      await known.find((m) => m.name === name)!.up({ db, payload: undefined, req: undefined })

    await disableForeignKeyChecks(client)
    // Whatever the migrations wrote themselves is replaced by the archive's rows.
    if (manifest.tables.length)
      await client.query(
        'TRUNCATE ' + manifest.tables.map((t) => client.escapeIdentifier(t.name)).join(', '),
      )
    for (const table of await loadOrder(client, manifest.tables)) {
      const file = path.join(dir, `database/${table.name}.copy`)
      if (!existsSync(file)) throw new BackupError(`Thiếu dữ liệu bảng ${table.name}`)
      await pipeline(
        createReadStream(file),
        client.query(copyFrom(`COPY ${client.escapeIdentifier(table.name)} FROM STDIN`)),
      )
      opts.onTable?.()
    }
    for (const { name, value } of manifest.sequences) {
      if (value !== null)
        await client.query('SELECT setval($1::regclass, $2, true)', [
          client.escapeIdentifier(name),
          value,
        ])
    }

    const differences: string[] = []
    for (const table of manifest.tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM ${client.escapeIdentifier(table.name)}`,
      )
      if (rows[0].n !== table.rows)
        differences.push(`${table.name}: ${rows[0].n} dòng, bản sao lưu ghi ${table.rows}`)
    }
    if (differences.length)
      throw new BackupError(`Số dòng sau khi nạp không khớp bản sao lưu: ${differences.join('; ')}`)

    // An older archive: bring it to the code's schema, recorded as one new batch.
    const pending = known.filter((m) => !manifest.migrations.includes(m.name))
    if (pending.length) {
      const { rows } = await client.query(
        'SELECT coalesce(max(batch), 0)::int + 1 AS batch FROM payload_migrations',
      )
      for (const migration of pending) {
        await migration.up({ db, payload: undefined, req: undefined })
        await client.query(
          'INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ($1, $2, now(), now())',
          [migration.name, rows[0].batch],
        )
      }
    }
    await client.query('COMMIT')
    return { applied: pending.map((m) => m.name) }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Rows arrive table by table in name order, so a foreign key may point at a row not loaded yet.
 * As a superuser (the embedded server) triggers, foreign-key checks included, are off for this
 * transaction, like pg_restore --disable-triggers; the rows were consistent when dumped, from one
 * snapshot. Otherwise the checks stay on and the load fails (and rolls back) on such a row.
 */
async function disableForeignKeyChecks(client: pg.Client): Promise<void> {
  await client.query('SAVEPOINT replica')
  try {
    await client.query('SET LOCAL session_replication_role = replica')
    await client.query('RELEASE SAVEPOINT replica')
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT replica')
  }
}

/** Referenced tables before the tables that point at them (cycles keep their name order). */
async function loadOrder<T extends { name: string }>(client: pg.Client, tables: T[]): Promise<T[]> {
  const { rows } =
    await client.query(`SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
    FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid <> confrelid`)
  const strip = (name: string) => name.replace(/^"|"$/g, '')
  const parents = new Map<string, string[]>()
  for (const r of rows)
    parents.set(strip(r.child), [...(parents.get(strip(r.child)) ?? []), strip(r.parent)])
  const ordered: T[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const byName = new Map(tables.map((t) => [t.name, t]))
  const visit = (name: string) => {
    if (state.has(name) || !byName.has(name)) return
    state.set(name, 'visiting')
    for (const parent of parents.get(name) ?? []) visit(parent)
    state.set(name, 'done')
    ordered.push(byName.get(name)!)
  }
  for (const t of tables) visit(t.name)
  return ordered
}
