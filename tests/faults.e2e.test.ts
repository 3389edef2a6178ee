import { readFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startEmbeddedMeilisearch, type RunningMeilisearch } from '../src/launcher/meilisearch'
import { startEmbeddedPostgres, type RunningPostgres } from '../src/launcher/postgres'
import { getFreePort } from '../src/launcher/ports'
import {
  descendants,
  freshEnv,
  stopLauncher,
  loginOverHttp,
  startLauncher,
  waitForOutput,
  waitUntilGone,
} from './helpers/launcher'

/**
 * Faults on a production server (`npm start`, the build made by tests/setup): Postgres restarted
 * under comment traffic, Meilisearch killed while articles are published, the web process killed
 * mid-publish, and a graceful SIGTERM with a request in flight.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-faults-'))
chmodSync(dataDir, 0o755)
const PASSWORD = 'Mat-khau-faults-1'
let env: NodeJS.ProcessEnv
let base: string
let server: ReturnType<typeof startLauncher>
let chief: string
// Engines this file restarted itself (the launcher only stops the ones it started).
const ours: { pg?: RunningPostgres; meili?: RunningMeilisearch } = {}

const engines = () =>
  JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8')).env as Record<string, string>
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function start() {
  server = startLauncher('start', env)
  await waitForOutput(server, /Cổng thông tin: http:\/\/localhost:\d+/, 180_000)
  chief = await loginOverHttp(base, 'chief@example.org', PASSWORD)
}

async function api(method: string, p: string, body?: unknown) {
  const res = await fetch(base + p, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${chief}` },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

async function newArticles(
  count: number,
  label: string,
  to: 'in_review' | 'published',
): Promise<number[]> {
  const { body } = await api('GET', '/api/categories?limit=1')
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const created = await api('POST', '/api/articles?draft=true', {
      title: `${label} số ${i + 1}`,
      summary: `Tin thử nghiệm ${label}.`,
      category: body.docs[0].id,
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    for (const state of to === 'published' ? ['in_review', 'published'] : ['in_review']) {
      expect((await api('POST', `/api/articles/${id}/transition`, { to: state })).status).toBe(200)
    }
    ids.push(id)
  }
  return ids
}

/** A published article open to comments, as the public sees it. */
async function publicArticle(): Promise<{ id: number; slug: string }> {
  const res = await fetch(`${base}/api/articles?limit=1&depth=0&where[allowComments][equals]=true`)
  return (await res.json()).docs[0]
}

async function sql<T = Record<string, unknown>>(
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: engines().DATABASE_URL })
  await client.connect()
  try {
    return (await client.query(query, params)).rows as T[]
  } finally {
    await client.end()
  }
}

beforeAll(async () => {
  const port = await getFreePort()
  base = `http://127.0.0.1:${port}`
  env = freshEnv({
    PORTAL_DATA_DIR: dataDir,
    PORT: String(port),
    DEMO_PASSWORD: PASSWORD,
    COMMENT_IP_POINTS: '100000',
    COMMENT_ARTICLE_POINTS: '100000',
    JOBS_INTERVAL_MS: '300',
    SEARCH_RETRY_DELAY_MS: '200',
  })
  await start()
}, 300_000)

afterAll(async () => {
  await stopLauncher(server?.child)
  await ours.meili?.stop()
  await ours.pg?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('faults', () => {
  it(
    'Postgres restarted while 20 clients post comments: every 201 is kept, the outage answers 503, cached pages stay up, the app recovers',
    { timeout: 120_000 },
    async () => {
      const { id: article, slug } = await publicArticle()
      // Pages read once before the outage are in the origin's page cache.
      const pages = ['/', `/tin-tuc/${slug}`]
      for (const page of pages) expect((await fetch(base + page)).status).toBe(200)
      const results: { status: number; id?: number; message?: string; phase: string }[] = []
      let phase = 'before'
      let running = true
      let n = 0
      const client = async () => {
        while (running) {
          const sentIn = phase
          try {
            const res = await fetch(`${base}/api/comments`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({
                article,
                authorName: 'Bạn đọc',
                content: `Ý kiến trong lúc khởi động lại số ${++n}`,
                consent: true,
              }),
              signal: AbortSignal.timeout(15_000),
            })
            const json = await res.json().catch(() => null)
            results.push({
              status: res.status,
              id: json?.doc?.id,
              message: json?.errors?.[0]?.message,
              phase: sentIn,
            })
          } catch (error) {
            results.push({ status: 0, message: String(error), phase: sentIn })
          }
          if (phase === 'outage') await sleep(50)
        }
      }
      const clients = Array.from({ length: 20 }, client)
      await sleep(2000)

      const pgUrl = new URL(engines().DATABASE_URL)
      const pgPid = Number(
        readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      )
      phase = 'outage'
      process.kill(pgPid, 'SIGINT') // fast shutdown: open sessions are cut
      expect(await waitUntilGone([pgPid])).toEqual([])
      // The proxy cannot look the Host's site up now: it uses its last good answer.
      const duringOutage = await Promise.all(
        pages.map(async (page) => {
          const res = await fetch(base + page, { signal: AbortSignal.timeout(15_000) })
          return `${page} ${res.status} ${(await res.text()).includes('<title>')}`
        }),
      )
      expect(duringOutage).toEqual(pages.map((page) => `${page} 200 true`))
      await sleep(1000)
      ours.pg = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        password: 'unused',
        port: Number(pgUrl.port),
      })
      phase = 'after'
      await sleep(4000)
      running = false
      await Promise.all(clients)

      const count = (status: number, p?: string) =>
        results.filter((r) => r.status === status && (!p || r.phase === p)).length
      console.log(
        `Postgres restart: ${count(201)} × 201, ${count(503)} × 503, other ${results.filter((r) => r.status !== 201 && r.status !== 503).length}`,
      )
      expect(results.filter((r) => r.status !== 201 && r.status !== 503)).toEqual([])
      expect(count(503)).toBeGreaterThan(0)
      expect(new Set(results.filter((r) => r.status === 503).map((r) => r.message))).toEqual(
        new Set(['Hệ thống tạm thời mất kết nối tới cơ sở dữ liệu. Vui lòng thử lại sau ít phút.']),
      )
      expect(count(201, 'after')).toBeGreaterThan(20)
      const accepted = results.filter((r) => r.status === 201).map((r) => r.id!)
      const stored = await sql<{ id: number }>(
        'SELECT id FROM comments WHERE id = ANY($1::int[])',
        [accepted],
      )
      expect(stored.length).toBe(accepted.length)
    },
  )

  it(
    'Meilisearch killed while articles are published and unpublished under reader load: the index ends equal to Postgres',
    { timeout: 180_000 },
    async () => {
      const before = await newArticles(4, 'Tin cũ Pắc Ngòi', 'published')
      const waiting = await newArticles(8, 'Tin mới Pác Nặm', 'in_review')
      let reading = true
      const readers = Array.from({ length: 6 }, async () => {
        while (reading)
          await fetch(`${base}/`)
            .then((r) => r.arrayBuffer())
            .catch(() => {})
      })
      const meiliHost = engines().MEILI_HOST
      const meiliPid = Number(/Meilisearch sẵn sàng tại \S+ \(pid (\d+)\)/.exec(server.output)![1])
      for (const [i, id] of waiting.entries()) {
        if (i === 3) process.kill(meiliPid, 'SIGKILL')
        expect(
          (await api('POST', `/api/articles/${id}/transition`, { to: 'published' })).status,
        ).toBe(200)
      }
      for (const id of before.slice(0, 2))
        expect(
          (await api('POST', `/api/articles/${id}/transition`, { to: 'unpublished' })).status,
        ).toBe(200)
      expect((await fetch(`${base}/api/search?q=tin`)).status).toBe(503)
      await sleep(1500)
      ours.meili = await startEmbeddedMeilisearch({
        dataDir: path.join(dataDir, 'meilisearch'),
        masterKey: engines().MEILI_MASTER_KEY,
        port: Number(new URL(meiliHost).port),
      })
      const idsOf = async (p: string): Promise<number[]> => {
        const json = await (await fetch(base + p)).json()
        return (json.docs ?? json.hits)
          .map((d: { id: number }) => d.id)
          .sort((a: number, b: number) => a - b)
      }
      const publicIds = await idsOf('/api/articles?limit=200&depth=0')
      await expect
        .poll(
          () =>
            idsOf('/api/search?limit=50&page=1').then(async (a) =>
              [...a, ...(await idsOf('/api/search?limit=50&page=2'))].sort((x, y) => x - y),
            ),
          { timeout: 60_000, interval: 500 },
        )
        .toEqual(publicIds)
      reading = false
      await Promise.all(readers)
      const found = await (await fetch(`${base}/api/search?q=pac%20nam&limit=50`)).json()
      expect(found.total).toBe(8)
      expect((await (await fetch(`${base}/api/search?q=pac%20ngoi&limit=50`)).json()).total).toBe(2)
    },
  )

  it(
    'the web process killed (SIGKILL) mid-publish: each article is fully published or not at all',
    { timeout: 240_000 },
    async () => {
      const ids = await newArticles(10, 'Tin Phìn Hồ', 'in_review')
      const web = descendants(server.child.pid!, /webServer\.ts/)
      expect(web).toHaveLength(1)
      // Staggered, and the process dies as soon as the first publish is answered: by then some
      // are inside their transaction and the rest have not started.
      const publishing = ids.map(async (id, i) => {
        await sleep(i * 15)
        return api('POST', `/api/articles/${id}/transition`, { to: 'published' }).catch(() => ({
          status: 0,
        }))
      })
      await Promise.race(publishing)
      process.kill(web[0], 'SIGKILL')
      const answers = (await Promise.all(publishing)).map((r) => r.status)
      // The launcher notices its web server died and stops the rest; then it is started again.
      expect(await waitUntilGone([server.child.pid!], 60_000)).toEqual([])
      await ours.meili?.stop()
      await ours.pg?.stop()
      ours.meili = ours.pg = undefined
      await start()

      const rows = await sql<{
        id: number
        workflow_state: string
        _status: string
        published_history: number
      }>(
        `SELECT a.id, a.workflow_state, a._status,
              (SELECT count(*)::int FROM article_transitions t WHERE t.article_id = a.id AND t."to" = 'published') AS published_history
       FROM articles a WHERE a.id = ANY($1::int[]) ORDER BY a.id`,
        [ids],
      )
      const published = rows.filter((r) => r.workflow_state === 'published')
      console.log(
        `SIGKILL mid-publish: ${published.length} of 10 published, answers ${JSON.stringify(answers)}`,
      )
      for (const r of rows) {
        const whole =
          r.workflow_state === 'published'
            ? { _status: 'published', published_history: 1 }
            : { _status: 'draft', published_history: 0 }
        expect({
          id: r.id,
          state: r.workflow_state,
          _status: r._status,
          published_history: r.published_history,
        }).toEqual({ id: r.id, state: r.workflow_state, ...whole })
        if (r.workflow_state !== 'published') expect(r.workflow_state).toBe('in_review')
      }
      // Every 200 answer was committed; the pages and the index agree with the database.
      ids.forEach((id, i) => answers[i] === 200 && expect(published.map((r) => r.id)).toContain(id))
      for (const r of rows) {
        const slug = (await api('GET', `/api/articles/${r.id}?depth=0&draft=true`)).body.slug
        expect((await fetch(`${base}/tin-tuc/${slug}`)).status).toBe(
          r.workflow_state === 'published' ? 200 : 404,
        )
      }
      await expect
        .poll(
          async () => (await (await fetch(`${base}/api/search?q=phin%20ho&limit=50`)).json()).total,
          { timeout: 30_000, interval: 500 },
        )
        .toBe(published.length)
    },
  )

  it(
    'SIGTERM lets a request in flight finish, then stops the server and the engines it started',
    { timeout: 120_000 },
    async () => {
      const payload = JSON.stringify({
        article: (await publicArticle()).id,
        authorName: 'Bạn đọc',
        content: 'Gửi đúng lúc máy chủ đang dừng',
        consent: true,
      })
      const url = new URL(`${base}/api/comments`)
      const answer = new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(payload),
            },
          },
          (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          },
        )
        req.on('error', reject)
        // Half the body now, the rest after SIGTERM: the request is in flight when the stop begins.
        req.write(payload.slice(0, 20))
        setTimeout(() => req.end(payload.slice(20)), 1000)
      })
      await sleep(300)
      const pgPid = Number(
        readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      )
      const meiliPid = Number(/Meilisearch sẵn sàng tại \S+ \(pid (\d+)\)/.exec(server.output)![1])
      const web = descendants(server.child.pid!, /webServer\.ts/)
      process.kill(server.child.pid!, 'SIGTERM')
      expect(await answer).toBe(201)
      expect(await waitUntilGone([server.child.pid!, ...web, pgPid, meiliPid])).toEqual([])
      expect(server.output).toContain('Đã dừng máy chủ web, hàng đợi và các dịch vụ đã khởi động.')
    },
  )
})
