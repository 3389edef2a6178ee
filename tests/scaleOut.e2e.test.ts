import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ensureDatabase } from '../src/launcher/postgres'
import { getFreePort } from '../src/launcher/ports'
import {
  freshEnv,
  killGroup,
  repo,
  startLauncher,
  tsxCli,
  waitForOutput,
  waitUntilGone,
} from './helpers/launcher'
import { startPortalNginx, type RunningNginx } from '../scripts/nginx'

/**
 * Two app instances (`npm start`, the build made by tests/setup) on one Postgres and one
 * Meilisearch, behind Debian's nginx with deploy/nginx's configuration, as deploy/README.md
 * describes: instance A runs the jobs worker, B runs with JOBS_WORKER=0; both list each other in
 * REVALIDATE_PEERS so an on-demand revalidation reaches every ISR cache, and nginx keeps public
 * pages no longer than their s-maxage.
 */
const scratch = mkdtempSync(path.join(os.tmpdir(), 'portal-scale-'))
chmodSync(scratch, 0o755)
const PASSWORD = 'Mat-khau-scale-1'
const PREFIX = `scale${Date.now().toString(36)}_`
let a: ReturnType<typeof startLauncher>
let b: ReturnType<typeof startLauncher>
let baseA: string
let baseB: string
let nginx: RunningNginx
let chief: string
let databaseUrl: string

async function api(
  base: string,
  method: string,
  p: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(base + p, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(chief ? { Authorization: `JWT ${chief}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => null), headers: res.headers }
}

beforeAll(async () => {
  const adminUrl = inject('pgAdminUrl')
  const database = `scale_${Date.now().toString(36)}`
  await ensureDatabase(adminUrl, database)
  const [portA, portB] = [await getFreePort(), await getFreePort()]
  baseA = `http://127.0.0.1:${portA}`
  baseB = `http://127.0.0.1:${portB}`
  databaseUrl = adminUrl.replace(/\/postgres$/, `/${database}`)
  const shared = {
    DATABASE_URL: databaseUrl,
    MEILI_HOST: inject('meiliHost'),
    MEILI_MASTER_KEY: inject('meiliKey'),
    MEILI_INDEX_PREFIX: PREFIX,
    PAYLOAD_SECRET: 'scale-out-shared-secret',
    IP_HASH_SECRET: 'scale-out-address-key',
    DEMO_PASSWORD: PASSWORD,
    TRUST_PROXY: '1',
    COMMENT_IP_POINTS: '5',
    COMMENT_IP_SECONDS: '600',
    JOBS_INTERVAL_MS: '300',
    REVALIDATE_PEERS: `${baseA},${baseB}`,
  }
  const seeded = spawnSync(process.execPath, [tsxCli, 'src/launcher/cli.ts', 'seed'], {
    cwd: repo,
    env: { ...freshEnv({}), ...shared, PORTAL_DATA_DIR: path.join(scratch, 'seed') },
    encoding: 'utf8',
    timeout: 180_000,
  })
  expect(seeded.status, seeded.stdout + seeded.stderr).toBe(0)
  // freshEnv drops DATABASE_URL / MEILI_*: the shared engines are added after it.
  a = startLauncher('start', {
    ...freshEnv({}),
    ...shared,
    PORT: String(portA),
    PORTAL_DATA_DIR: path.join(scratch, 'a'),
  })
  b = startLauncher('start', {
    ...freshEnv({}),
    ...shared,
    PORT: String(portB),
    PORTAL_DATA_DIR: path.join(scratch, 'b'),
    JOBS_WORKER: '0',
  })
  await Promise.all(
    [a, b].map((s) => waitForOutput(s, /Cổng thông tin: http:\/\/localhost:\d+/, 180_000)),
  )
  for (const s of [a, b]) expect(s.output).toContain('Dùng PostgreSQL từ DATABASE_URL')
  nginx = await startPortalNginx([`127.0.0.1:${portA}`, `127.0.0.1:${portB}`])
  const login = await api(baseA, 'POST', '/api/users/login', {
    email: 'chief@example.org',
    password: PASSWORD,
  })
  expect(login.status, JSON.stringify(login.body)).toBe(200)
  chief = login.body.token
}, 400_000)

afterAll(async () => {
  await nginx?.stop()
  const pids = [a, b].filter((s) => s && s.child.exitCode === null).map((s) => s.child.pid!)
  for (const pid of pids) process.kill(pid, 'SIGTERM')
  if ((await waitUntilGone(pids)).length) [a, b].forEach((s) => s && killGroup(s.child))
  rmSync(scratch, { recursive: true, force: true })
})

describe('two instances behind nginx', () => {
  it('nginx balances over both instances and micro-caches public pages, never the admin or the API', async () => {
    const first = await fetch(nginx.base + '/')
    expect(first.status).toBe(200)
    await first.arrayBuffer()
    const second = await fetch(nginx.base + '/')
    expect(second.headers.get('x-cache-status')).toMatch(/HIT|UPDATING|STALE/)
    const apiRes = await fetch(nginx.base + '/api/articles?limit=1')
    expect(apiRes.headers.get('x-cache-status')).toBeNull()
    expect((await fetch(nginx.base + '/admin/login')).headers.get('x-cache-status')).toBeNull()
    // The app's security headers survive nginx and its cache; HSTS is for HTTPS only.
    for (const res of [second, apiRes]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('strict-transport-security')).toBeNull()
    }
    expect(second.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(second.headers.get('x-frame-options')).toBe('DENY')
    // Public pages' headers fit the `/` location's 8 KB header buffer (deploy/nginx): the 404
    // shell, whose CSP lists its runtime's scripts, and the search page come through, not 502.
    for (const [path, status] of [
      ['/khong-co-trang-nay', 404],
      ['/tim-kiem?q=nghi', 200],
    ] as const) {
      const res = await fetch(nginx.base + path)
      expect(res.status, path).toBe(status)
      await res.arrayBuffer()
    }
    // Only A runs the jobs queue (Payload does not lock job pickup: one worker per deployment).
    expect(a.output).toContain('Hàng đợi công việc: chạy trong tiến trình máy chủ web')
    expect(b.output).toContain('Hàng đợi công việc: không chạy ở đây (JOBS_WORKER=0)')
  })

  it('a publish on instance A shows on B and through nginx within 5 s (on-demand revalidation of every instance)', async () => {
    const { body } = await api(
      baseA,
      'GET',
      '/api/articles?where[workflowState][equals]=in_review&limit=1&depth=1',
    )
    const article = body.docs[0]
    expect(article, JSON.stringify(body)).toBeTruthy()
    const shows = async (base: string) => {
      const [page, home] = await Promise.all([
        fetch(`${base}/tin-tuc/${article.slug}`),
        fetch(`${base}/`).then((r) => r.text()),
      ])
      return page.status === 200 && home.includes(`/tin-tuc/${article.slug}`)
    }
    // Warm every cache with the old state first.
    for (let i = 0; i < 3; i++)
      expect([await shows(baseA), await shows(baseB), await shows(nginx.base)]).toEqual([
        false,
        false,
        false,
      ])
    const started = Date.now()
    expect(
      (await api(baseA, 'POST', `/api/articles/${article.id}/transition`, { to: 'published' }))
        .status,
    ).toBe(200)
    const seen: Record<string, number> = {}
    await expect
      .poll(
        async () => {
          for (const [name, base] of Object.entries({ B: baseB, nginx: nginx.base }))
            if (!seen[name] && (await shows(base))) seen[name] = Date.now() - started
          return Object.keys(seen).sort()
        },
        { timeout: 5000, interval: 100 },
      )
      .toEqual(['B', 'nginx'])
    console.log(`publish on A → visible on B in ${seen.B} ms, through nginx in ${seen.nginx} ms`)
  })

  it('comment rate limits are shared: one address gets 5 comments in all, whichever instance it reaches', async () => {
    const { docs } = await (await fetch(`${baseA}/api/articles?limit=1&depth=0`)).json() // public: published only
    const statuses: string[] = []
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${i % 2 ? baseB : baseA}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
        body: JSON.stringify({
          article: docs[0].id,
          authorName: 'Bạn đọc',
          content: `Góp ý số ${i + 1} qua hai máy chủ`,
          consent: true,
        }),
      })
      statuses.push(`${res.status}${res.ok ? '' : ' ' + (await res.json()).errors?.[0]?.message}`)
    }
    expect(
      statuses.map((s) => s.slice(0, 3)),
      statuses.join('\n'),
    ).toEqual(['201', '201', '201', '201', '201', '429', '429', '429'])
  })

  it('ratings stay exact with 60 voters spread over both instances, and re-votes replace', async () => {
    const { docs } = await (await fetch(`${baseA}/api/articles?limit=1&page=2&depth=0`)).json() // public: published only
    const id = docs[0].id
    const vote = (i: number, score: number, cookie?: string) =>
      fetch(`${[baseA, baseB, nginx.base][i % 3]}/api/articles/${id}/rating`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Forwarded-For': `198.51.100.${i}`,
          ...(cookie ? { Cookie: cookie } : {}),
        },
        body: JSON.stringify({ score }),
      })
    const first = await Promise.all(Array.from({ length: 60 }, (_, i) => vote(i, (i % 5) + 1)))
    expect(first.map((r) => r.status)).toEqual(Array(60).fill(200))
    const cookies = first.map((r) => r.headers.get('set-cookie')!.split(';')[0])
    const again = await Promise.all(cookies.slice(0, 20).map((c, i) => vote(i + 1, 5, c)))
    const last = await again[19].json()
    expect(again.map((r) => r.status)).toEqual(Array(20).fill(200))
    const total = Array.from({ length: 60 }, (_, i) => (i < 20 ? 5 : (i % 5) + 1)).reduce(
      (s, x) => s + x,
      0,
    )
    const stats = await (
      await fetch(`${baseB}/api/article-stats?where[article][equals]=${id}`)
    ).json()
    expect(stats.docs[0]).toMatchObject({ ratingCount: 60, ratingTotal: total })
    expect(last.count).toBe(60)
  })

  it('jobs run exactly once: 10 publishes and 5 scheduled ones spread over A and B, one run each', async () => {
    const { body } = await api(baseA, 'GET', '/api/categories?limit=1')
    const ids: number[] = []
    for (let i = 0; i < 15; i++) {
      const base = i % 2 ? baseB : baseA
      const created = await api(base, 'POST', '/api/articles?draft=true', {
        title: `Tin Mù Cang Chải số ${i + 1}`,
        category: body.docs[0].id,
        _status: 'draft',
      })
      expect(created.status, `${base}: ${JSON.stringify(created.body)}`).toBe(201)
      ids.push(created.body.doc.id)
      expect(
        (
          await api(base, 'POST', `/api/articles/${created.body.doc.id}/transition`, {
            to: 'in_review',
          })
        ).status,
      ).toBe(200)
    }
    const at = new Date(Date.now() + 8000).toISOString()
    for (const [i, id] of ids.entries()) {
      const res = await api(
        i % 2 ? baseB : baseA,
        'POST',
        `/api/articles/${id}/transition`,
        i < 10 ? { to: 'published' } : { to: 'published', publishedAt: at },
      )
      expect(res.status).toBe(200)
      expect(res.body.scheduled).toBe(i >= 10)
    }
    await expect
      .poll(
        async () =>
          (await (await fetch(`${nginx.base}/api/search?q=%22mu%20cang%20chai%22&limit=50`)).json())
            .total,
        { timeout: 30_000, interval: 300 },
      )
      .toBe(15)
    await new Promise((r) => setTimeout(r, 2000)) // room for any duplicate run to show up
    // Completed jobs are kept (deleteJobOnComplete: false) with one log row per run.
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    const { rows } = await client.query(
      `SELECT j.task_slug AS task, (j.input->>'articleId')::int AS article, count(l.id)::int AS runs,
              count(l.id) FILTER (WHERE l.state = 'succeeded')::int AS succeeded
       FROM payload_jobs j LEFT JOIN payload_jobs_log l ON l._parent_id = j.id
       WHERE (j.input->>'articleId')::int = ANY($1::int[]) GROUP BY j.id ORDER BY 1, 2`,
      [ids],
    )
    await client.end()
    const expected = [
      ...ids
        .slice(10)
        .map((article) => ({ task: 'publishScheduledArticle', article, runs: 1, succeeded: 1 })),
      ...ids.map((article) => ({ task: 'syncArticleToSearch', article, runs: 1, succeeded: 1 })),
    ]
    expect(rows).toEqual(expected)
  })
})
