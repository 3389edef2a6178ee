import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workerToken } from '../src/launcher/workerToken'
import { stopWorkerInWebServer } from '../src/launcher/workerInWebServer'
import { rest } from './helpers/api'
import { createAccounts, createCategory, createDraft, moveTo } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let categoryId: number

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  categoryId = (await createCategory(payload)).id
})
afterAll(async () => {
  await stopWorkerInWebServer()
  delete process.env.PORTAL_RUN_WORKER
  await stop()
})

const start = (headers: Record<string, string> = {}) =>
  rest(payload, 'POST', '/api/worker/start', { headers })

describe('POST /api/worker/start (the jobs worker inside the web server)', () => {
  it('is a 404 without the token, with a wrong one, or where the launcher did not ask for it', async () => {
    process.env.PORTAL_RUN_WORKER = '1'
    expect((await start()).status).toBe(404)
    expect((await start({ 'x-worker-token': 'x'.repeat(64) })).status).toBe(404)
    process.env.PORTAL_RUN_WORKER = '0'
    expect((await start({ 'x-worker-token': workerToken() })).status).toBe(404)
  })

  it('starts the worker once, which then publishes a scheduled article at its time', async () => {
    const doc = await createDraft(payload, users.reporter, categoryId)
    await moveTo(payload, doc.id, users.admin, ['in_review'])
    const at = new Date(Date.now() + 1500)
    const res = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: users['editor-in-chief'].token,
      body: { to: 'published', publishedAt: at.toISOString() },
    })
    expect(res.body).toMatchObject({ scheduled: true })

    process.env.PORTAL_RUN_WORKER = '1'
    process.env.JOBS_INTERVAL_MS = '200'
    const first = await start({ 'x-worker-token': workerToken() })
    expect(first.status).toBe(200)
    expect(first.body).toEqual({ started: true })
    // A second call is harmless: still one worker.
    expect((await start({ 'x-worker-token': workerToken() })).status).toBe(200)

    let status = 0
    for (let i = 0; i < 40 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250))
      status = (await rest(payload, 'GET', `/api/articles/${doc.id}?depth=0`)).status
    }
    expect(status).toBe(200)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  })
})
