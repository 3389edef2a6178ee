import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { applyMigrations, bootPayload, shutdownPayload } from './bootPayload'
import { ensureDatabase, startEmbeddedPostgres } from './postgres'

/**
 * `npm run migrate:create -- name`: writes a migration for the schema changes since the last
 * one, using a throw-away embedded cluster so no pushed dev database is ever involved.
 */
export async function createMigration(name: string): Promise<never> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-migrate-'))
  chmodSync(dir, 0o755) // the postgres user must traverse it
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), password: 'migrate' })
  let code = 0
  try {
    await ensureDatabase(pg.urlFor('postgres'), 'migrate')
    const payload = await bootPayload({
      DATABASE_URL: pg.urlFor('migrate'),
      PAYLOAD_SECRET: 'migrate',
    })
    try {
      await applyMigrations(payload)
      await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
    } finally {
      await shutdownPayload(payload)
    }
  } catch (error) {
    console.error(error)
    code = 1
  } finally {
    await pg.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  process.exit(code)
}
