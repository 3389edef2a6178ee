import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startEmbeddedMeilisearch, type RunningMeilisearch } from '../src/launcher/meilisearch'
import { getFreePort } from '../src/launcher/ports'
import { startJobWorker, type JobWorker } from '../src/launcher/worker'
import { rest } from './helpers/api'
import {
  createAccounts,
  createCategory,
  createDraft,
  moveTo,
  type Account,
} from './helpers/fixtures'
import {
  indexedTitles,
  pendingSyncJobs,
  publishedTitles,
  waitForSyncDrained,
} from './helpers/search'
import { startTestPayload } from './helpers/testPayload'

/**
 * Meilisearch goes away while the newsroom keeps publishing: nothing may be lost or left stale.
 * This file runs its own Meilisearch (it stops and restarts it) on a fixed port and data dir.
 */
// Starts with "-" on purpose: generated keys can, and Meilisearch must still take it as a value.
const MASTER_KEY = '-9fault-test-master-key-0123'
let dataDir: string
let port: number
let meili: RunningMeilisearch
let payload: Payload
let stop: () => Promise<void>
let worker: JobWorker
let admin: Account

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-meili-fault-'))
  port = await getFreePort()
  meili = await startEmbeddedMeilisearch({ dataDir, masterKey: MASTER_KEY, port })
  ;({ payload, stop } = await startTestPayload({
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: MASTER_KEY,
    MEILI_INDEX_PREFIX: 'fault_',
    SEARCH_RETRY_DELAY_MS: '200',
    MEILI_TIMEOUT_MS: '2000',
  }))
  admin = (await createAccounts(payload)).admin
  worker = startJobWorker(payload, { intervalMs: 200 })
})

afterAll(async () => {
  await worker?.stop()
  await stop?.()
  await meili?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

it('loses nothing and keeps nothing stale when Meilisearch is down during 20 publishes and unpublishes', async () => {
  const category = (await createCategory(payload, 'Thời sự')).id
  const before: number[] = []
  for (let i = 0; i < 10; i++) {
    const { id } = await createDraft(
      payload,
      admin,
      category,
      `Tin đã đăng trước sự cố số ${i + 1}`,
    )
    await moveTo(payload, id, admin, ['in_review', 'published'])
    before.push(id)
  }
  await waitForSyncDrained(payload)
  expect((await indexedTitles()).size).toBe(10)

  await meili.stop()
  // 10 new articles published and 10 earlier ones unpublished while search is down.
  const during: number[] = []
  for (let i = 0; i < 10; i++) {
    const { id } = await createDraft(
      payload,
      admin,
      category,
      `Tin đăng trong lúc mất tìm kiếm số ${i + 1}`,
    )
    await moveTo(payload, id, admin, ['in_review', 'published'])
    during.push(id)
    await moveTo(payload, before[i], admin, ['unpublished'])
  }
  // Publishing did not fail; search answers 503; the changes wait in the queue.
  expect((await publishedTitles(payload)).size).toBe(10)
  const outage = await rest(payload, 'GET', '/api/search?q=tin')
  expect(outage.status).toBe(503)
  expect(outage.body.errors[0].message).toMatch(/tạm thời không khả dụng/)
  await new Promise((r) => setTimeout(r, 3000)) // long enough for several failed attempts
  expect(await pendingSyncJobs(payload)).toBe(20)

  meili = await startEmbeddedMeilisearch({ dataDir, masterKey: MASTER_KEY, port })
  const drained = await waitForSyncDrained(payload, 60_000)
  console.log(`Meilisearch back: the worker drained 20 pending changes in ${drained} ms`)

  const indexed = await indexedTitles()
  expect(indexed).toEqual(await publishedTitles(payload))
  expect([...indexed.keys()].sort((a, b) => a - b)).toEqual(during)
  const found = await rest(payload, 'GET', '/api/search?q=mat%20tim%20kiem&limit=50')
  expect(found.body.total).toBe(10)
  expect((await rest(payload, 'GET', '/api/search?q=truoc%20su%20co')).body.total).toBe(0)
})
