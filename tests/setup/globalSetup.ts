import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedMeilisearch } from '../../src/launcher/meilisearch'
import { startEmbeddedPostgres } from '../../src/launcher/postgres'
import { needsProductionBuild, runProductionBuild, type BuildResult } from './productionBuild'

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string
    meiliHost: string
    meiliKey: string
    /** `npm run build`, made once for every file that runs `npm start`; null when not needed. */
    productionBuild: BuildResult | null
  }
}

/**
 * One real embedded PostgreSQL and one real Meilisearch for the whole run, on free ports in a
 * throw-away directory; every test file creates its own database on Postgres
 * (tests/helpers/testPayload.ts) and its own index prefix on Meilisearch (tests/helpers/search.ts).
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  chmodSync(dir, 0o755) // the postgres user must traverse it when we run as root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), password: 'test' })
  project.provide('pgAdminUrl', pg.urlFor('postgres'))
  const meiliKey = 'test-master-key-0123456789'
  const meili = await startEmbeddedMeilisearch({
    dataDir: path.join(dir, 'meili'),
    masterKey: meiliKey,
  })
  project.provide('meiliHost', meili.host)
  project.provide('meiliKey', meiliKey)
  project.provide('productionBuild', needsProductionBuild() ? runProductionBuild(dir) : null)
  return async () => {
    await meili.stop()
    await pg.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
