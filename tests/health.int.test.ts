import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findOverdueArticles } from '../src/health/overdueArticles'
import { applyMigrations, bootPayload, shutdownPayload } from '../src/launcher/bootPayload'
import { startEmbeddedMeilisearch, type RunningMeilisearch } from '../src/launcher/meilisearch'
import {
  ensureDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '../src/launcher/postgres'
import { getFreePort } from '../src/launcher/ports'
import { sqlPool } from '../src/lib/sqlPool'
import { transitionArticle } from '../src/workflow/transitionArticle'
import {
  createAccounts,
  createCategory,
  createDraft,
  moveTo,
  type Account,
} from './helpers/fixtures'

/**
 * GET /api/health through its real route handler, on engines this file owns (it stops both):
 * the job figures, a stalled scheduled article, Meilisearch down (200), Postgres down (503).
 */
const MASTER_KEY = 'health-test-master-key-0123'
let dir: string
let pg: RunningPostgres
let meili: RunningMeilisearch
let meiliPort: number
let payload: Payload
let admin: Account
let category: number
// Imported after boot: the route loads the Payload config, which reads the environment at import.
let GET: () => Promise<Response>

async function health() {
  const res = await GET()
  return { status: res.status, cache: res.headers.get('Cache-Control'), body: await res.json() }
}

const sql = (query: string, params: unknown[] = []) => sqlPool(payload).query(query, params)

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'portal-health-'))
  chmodSync(dir, 0o755)
  pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), password: 'test' })
  await ensureDatabase(pg.urlFor('postgres'), 'health')
  meiliPort = await getFreePort()
  meili = await startEmbeddedMeilisearch({
    dataDir: path.join(dir, 'meili'),
    masterKey: MASTER_KEY,
    port: meiliPort,
  })
  payload = await bootPayload({
    DATABASE_URL: pg.urlFor('health'),
    PAYLOAD_SECRET: 'test-secret-not-for-production',
    MEDIA_DIR: path.join(dir, 'media'),
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: MASTER_KEY,
    MEILI_INDEX_PREFIX: 'health_',
  })
  await applyMigrations(payload)
  ;({ GET } = await import('../src/app/(payload)/api/health/route'))
  admin = (await createAccounts(payload)).admin
  category = (await createCategory(payload)).id
})

afterAll(async () => {
  if (payload) await shutdownPayload(payload)
  await meili?.stop()
  await pg?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('GET /api/health', () => {
  it('answers 200 with every engine up and an empty queue, never cached', async () => {
    // Account creation may have queued nothing; clear anything else so the figures are exact.
    await sql('DELETE FROM payload_jobs')
    expect(await health()).toEqual({
      status: 200,
      cache: 'no-store',
      body: {
        status: 'ok',
        database: 'up',
        search: 'up',
        jobs: { queued: 0, failed: 0, oldestQueuedSeconds: 0, scheduled: 0, overdue: 0 },
        warnings: [],
      },
    })
  })

  it('is cheap: 50 probes in a row (figure logged, not asserted)', async () => {
    const started = performance.now()
    for (let i = 0; i < 50; i++) expect((await GET()).status).toBe(200)
    console.log(
      `/api/health in-process: ${((performance.now() - started) / 50).toFixed(1)} ms per probe`,
    )
  })

  it('counts queued, failed and scheduled jobs and how long the oldest has waited', async () => {
    const due = await payload.jobs.queue({
      task: 'publishScheduledArticle',
      input: { articleId: 999_001 },
    })
    const cancelled = await payload.jobs.queue({
      task: 'publishScheduledArticle',
      input: { articleId: 999_002 },
    })
    await payload.jobs.queue({
      task: 'publishScheduledArticle',
      input: { articleId: 999_003 },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    await payload.jobs.cancelByID({ id: cancelled.id }) // Payload's own "failed for good"
    await sql(`UPDATE payload_jobs SET created_at = now() - interval '120 seconds' WHERE id = $1`, [
      due.id,
    ])

    const { status, body } = await health()
    expect(status).toBe(200)
    expect(body.status).toBe('ok')
    expect(body.jobs).toMatchObject({ queued: 1, failed: 1, scheduled: 1, overdue: 0 })
    expect(body.jobs.oldestQueuedSeconds).toBeGreaterThanOrEqual(120)
    expect(body.jobs.oldestQueuedSeconds).toBeLessThan(180)
    expect(body.warnings).toEqual(['1 tác vụ trong hàng đợi đã thất bại hẳn.'])

    // Once run, nothing is queued any more; the failed job stays visible.
    await payload.jobs.run({ silent: true, limit: 1000 })
    expect((await health()).body.jobs).toMatchObject({
      queued: 0,
      failed: 1,
      scheduled: 1,
      oldestQueuedSeconds: 0,
    })
  })

  it('flags a scheduled article still not live 5 minutes after its time, until its job runs', async () => {
    const { id } = await createDraft(payload, admin, category, 'Bài hẹn giờ bị treo')
    await moveTo(payload, id, admin, ['in_review'])
    // The mails telling the board of the submission are not this test's subject.
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendNotificationEmail' } },
    })
    const req = await createLocalReq(
      { user: { id: admin.id, roles: admin.roles, collection: 'users' } as never },
      payload,
    )
    const result = await transitionArticle({
      req,
      id,
      to: 'published',
      publishedAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    expect(result.scheduled).toBe(true)
    expect((await health()).body.jobs).toMatchObject({ scheduled: 2, overdue: 0 })

    // Its time was 4 minutes ago (not yet overdue), then 10 minutes ago, and no worker ran the job.
    const backdate = (minutes: number) =>
      Promise.all([
        sql(`UPDATE articles SET published_at = now() - make_interval(mins => $2) WHERE id = $1`, [
          id,
          minutes,
        ]),
        sql(
          `UPDATE _articles_v SET version_published_at = now() - make_interval(mins => $2) WHERE parent_id = $1`,
          [id, minutes],
        ),
        sql(
          `UPDATE payload_jobs SET wait_until = now() - make_interval(mins => $2) WHERE input->>'articleId' = $1::text`,
          [id, minutes],
        ),
      ])
    await backdate(4)
    expect((await health()).body.jobs.overdue).toBe(0)
    await backdate(10)
    const stalled = await health()
    expect(stalled.status).toBe(200)
    expect(stalled.body.status).toBe('ok')
    expect(stalled.body.jobs).toMatchObject({ overdue: 1, queued: 1, scheduled: 1 })
    expect(stalled.body.warnings).toContain(
      '1 bài hẹn giờ đã quá 5 phút mà chưa được xuất bản: kiểm tra tiến trình xử lý hàng đợi (worker).',
    )
    const overdue = await findOverdueArticles(payload)
    expect(overdue.total).toBe(1)
    expect(overdue.docs.map((d) => [d.id, d.title])).toEqual([[id, 'Bài hẹn giờ bị treo']])

    await payload.jobs.run({ silent: true, limit: 1000 })
    // Live now; publishing queued its search sync job in turn.
    const live = await payload.findByID({
      collection: 'articles',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(live._status).toBe('published')
    expect((await health()).body.jobs).toMatchObject({ overdue: 0, queued: 1, scheduled: 1 })
    expect((await findOverdueArticles(payload)).total).toBe(0)
  })

  it('stays 200 with search "down" while Meilisearch is stopped', async () => {
    await meili.stop()
    const { status, body } = await health()
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', database: 'up', search: 'down' })
    expect(body.warnings).toContain(
      'Máy chủ tìm kiếm Meilisearch không trả lời: chức năng tìm kiếm tạm ngừng.',
    )
    meili = await startEmbeddedMeilisearch({
      dataDir: path.join(dir, 'meili'),
      masterKey: MASTER_KEY,
      port: meiliPort,
    })
    expect((await health()).body.search).toBe('up')
  })

  it('answers 503 with the same shape while Postgres is stopped, and 200 again when it is back', async () => {
    await pg.stop()
    const down = await health()
    expect(down).toEqual({
      status: 503,
      cache: 'no-store',
      body: {
        status: 'error',
        database: 'down',
        search: 'up',
        jobs: {
          queued: null,
          failed: null,
          oldestQueuedSeconds: null,
          scheduled: null,
          overdue: null,
        },
        warnings: ['Không kết nối được cơ sở dữ liệu PostgreSQL.'],
      },
    })
    pg = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      password: 'test',
      port: pg.port,
    })
    await expect
      .poll(async () => (await health()).status, { timeout: 20_000, interval: 250 })
      .toBe(200)
    expect((await health()).body).toMatchObject({
      status: 'ok',
      database: 'up',
      jobs: { failed: 1, overdue: 0 },
    })
  })
})
