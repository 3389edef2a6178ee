import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/launcher/postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string
  }
}

/**
 * One real embedded PostgreSQL for the whole run, on a free port in a throw-away directory;
 * every test file creates its own database on it (tests/helpers/testPayload.ts).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  chmodSync(dir, 0o755) // the postgres user must traverse it when we run as root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), password: 'test' })
  project.provide('pgAdminUrl', pg.urlFor('postgres'))
  return async () => {
    await pg.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
