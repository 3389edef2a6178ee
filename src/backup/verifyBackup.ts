import { rmSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { migrations as codeMigrations } from '../migrations'
import { countUploads, listMediaFiles } from './listMediaFiles'
import { loadDatabase } from './loadDatabase'
import { COUNTED_TABLES, type Manifest } from './manifest'
import { checkSchema, openBackup } from './openBackup'
import { unpackDir } from './restoreBackup'

export type VerifyReport = {
  ok: boolean
  manifest: Manifest | null
  counts: Record<string, number>
  differences: string[]
  seconds: number
}

/**
 * The restore drill (Circular 22/2023 asks for recovery that is tested): restores the archive
 * into a scratch database beside the live one, compares its counts and media with the manifest,
 * then drops it. The live database and media folder are never touched.
 */
export async function verifyBackup(opts: {
  databaseUrl: string
  file: string
}): Promise<VerifyReport> {
  const started = Date.now()
  const work = unpackDir()
  const scratch = scratchUrl(opts.databaseUrl)
  const finish = (r: Omit<VerifyReport, 'seconds' | 'ok'>) => ({
    ...r,
    ok: r.differences.length === 0,
    seconds: (Date.now() - started) / 1000,
  })
  let manifest: Manifest | null = null
  try {
    manifest = await openBackup(opts.file, work)
    checkSchema(
      manifest,
      codeMigrations.map((m) => m.name),
    )
    await admin(opts.databaseUrl, (c) =>
      c
        .query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(scratch.name)}`)
        .then(() => c.query(`CREATE DATABASE ${c.escapeIdentifier(scratch.name)}`)),
    )
    await loadDatabase({ databaseUrl: scratch.url, dir: work, manifest })
    const counts = await countMain(scratch.url)
    counts.mediaFiles = manifest.media.included
      ? countUploads(listMediaFiles(path.join(work, 'media')))
      : manifest.counts.mediaFiles
    const differences = Object.entries(manifest.counts)
      .filter(([k, v]) => counts[k] !== v)
      .map(([k, v]) => `${k}: ${counts[k]} sau khi khôi phục, bản sao lưu ghi ${v}`)
    return finish({ manifest, counts, differences })
  } catch (error) {
    return finish({
      manifest,
      counts: {},
      differences: [error instanceof Error ? error.message : String(error)],
    })
  } finally {
    await admin(opts.databaseUrl, (c) =>
      c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(scratch.name)}`),
    ).catch(() => {})
    rmSync(work, { recursive: true, force: true })
  }
}

/** `<database>_restore_check` on the same server. */
function scratchUrl(databaseUrl: string): { name: string; url: string } {
  const url = new URL(databaseUrl)
  const name = `${decodeURIComponent(url.pathname.slice(1))}_restore_check`.slice(0, 63)
  url.pathname = `/${encodeURIComponent(name)}`
  return { name, url: url.toString() }
}

/** Runs `work` on the server's `postgres` database (creating/dropping needs another database). */
async function admin(
  databaseUrl: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const url = new URL(databaseUrl)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  client.on('error', () => {})
  await client.connect()
  try {
    await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

async function countMain(databaseUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    const counts: Record<string, number> = {}
    for (const t of COUNTED_TABLES)
      counts[t] = (await client.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n
    return counts
  } finally {
    await client.end().catch(() => {})
  }
}
