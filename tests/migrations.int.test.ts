import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
})
afterAll(() => stop())

describe('committed migrations', () => {
  it('describe exactly the schema of payload.config.ts (run `npm run migrate:create -- name` after a change)', async () => {
    type DrizzleKit = {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
      generateMigration: (before: unknown, after: unknown) => Promise<string[]>
    }
    const db = payload.db as unknown as {
      requireDrizzleKit: () => DrizzleKit
      schema: unknown
      migrationDir: string
    }
    const kit = db.requireDrizzleKit()
    const snapshots = readdirSync(db.migrationDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
    const latest = JSON.parse(readFileSync(path.join(db.migrationDir, snapshots.at(-1)!), 'utf8'))
    const pending = await kit.generateMigration(latest, await kit.generateDrizzleJson(db.schema))
    expect(pending).toEqual([])
  })
})
