import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { applyMigrations, bootPayload, shutdownPayload } from '../../src/launcher/bootPayload'
import { ensureDatabase } from '../../src/launcher/postgres'

/** A fresh database on the shared test cluster, migrated, with Payload booted on it. */
export async function startTestPayload(
  env: Record<string, string> = {},
): Promise<{ payload: Payload; databaseUrl: string; stop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl')
  const database = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  await ensureDatabase(adminUrl, database)
  const databaseUrl = adminUrl.replace(/\/postgres$/, `/${database}`)
  const payload = await bootPayload({
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    MEDIA_DIR: mkdtempSync(path.join(os.tmpdir(), 'portal-media-')),
    ...env,
  })
  await applyMigrations(payload)
  return { payload, databaseUrl, stop: () => shutdownPayload(payload) }
}
