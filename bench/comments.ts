/**
 * Reader writes under load: comment POST and rating POST through the whole stack (`npm start`:
 * Next, Payload, the pipelines, Postgres rate limits) beside raw INSERTs into the same tables
 * from as many pg clients, in one run. Limits are raised for the run.
 * Usage: npm run bench -- comments
 */
import autocannon from 'autocannon'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { sampleMemory } from './memory'
import { startServer, type BenchServer } from './server'

const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS || 15)

type Figures = { perSecond: number; p50: number; p99: number; errors: number }

export async function benchComments(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  chmodSync(dataDir, 0o755)
  let server: BenchServer | undefined
  let memory: ReturnType<typeof sampleMemory> | undefined
  try {
    server = await startServer(dataDir, {
      COMMENT_IP_POINTS: '1000000000',
      COMMENT_ARTICLE_POINTS: '1000000000',
      RATING_IP_POINTS: '1000000000',
    })
    memory = sampleMemory(server.pid)
    const { docs } = await (await fetch(`${server.base}/api/articles?limit=1&depth=0`)).json()
    const article = docs[0].id as number
    let n = 0
    const comments = await viaHttp(`${server.base}/api/comments`, () =>
      JSON.stringify({
        article,
        authorName: 'Bạn đọc',
        content: `Ý kiến đóng góp số ${++n} cho bài viết`,
        consent: true,
      }),
    )
    // The floor of any POST through Next + Payload: malformed JSON, refused before any database work.
    const refused = await viaHttp(`${server.base}/api/comments`, () => '{', 400)
    const rawComments = await raw(server.databaseUrl, (i) => [
      `INSERT INTO comments (article_id, author_name, content, status, ip_hash) VALUES ($1, $2, $3, 'pending', $4)`,
      [article, 'Bạn đọc', `Ý kiến thô số ${i}`, 'bench'],
    ])
    // No cookie: every request is a new visitor, so every vote inserts a row and recounts.
    const ratings = await viaHttp(`${server.base}/api/articles/${article}/rating`, () =>
      JSON.stringify({ score: (n++ % 5) + 1 }),
    )
    const rawRatings = await raw(server.databaseUrl, (i) => [
      `INSERT INTO ratings (article_id, visitor, score) VALUES ($1, $2, $3)`,
      [article, `raw-visitor-${i}`, (i % 5) + 1],
    ])
    memory.stop()
    const row = (name: string, f: Figures) =>
      `| ${name} | ${f.perSecond.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.errors} |`
    return [
      `### Comment and rating POST (${new Date().toISOString()})`,
      '',
      `Command: \`npm run bench -- comments\` (${CONNECTIONS} connections, ${SECONDS} s each, limits raised; raw = ${CONNECTIONS} pg clients inserting into the same table).`,
      '',
      '| what | req/s (mean) | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|',
      row('POST /api/comments (npm start)', comments),
      row('raw INSERT INTO comments', rawComments),
      row(
        'POST /api/comments with malformed JSON (400 before any database work: the HTTP + Payload floor)',
        refused,
      ),
      row('POST /api/articles/{id}/rating (npm start)', ratings),
      row('raw INSERT INTO ratings', rawRatings),
      '',
      `Ratio comments app / raw: ${(comments.perSecond / rawComments.perSecond).toFixed(3)} (goal ≥ 0.3); ratings: ${(ratings.perSecond / rawRatings.perSecond).toFixed(3)}. ` +
        `Even a request refused before touching the database reaches only ${(refused.perSecond / rawComments.perSecond).toFixed(3)} of raw INSERTs on this machine.`,
      '',
      `Peak memory (PSS) during this benchmark: app ${memory.peaks.app.toFixed(0)} MB (goal ≤ 600; Next.js web server ${memory.peaks.web.toFixed(0)} MB, launcher with Payload and the jobs worker ${memory.peaks.launcher.toFixed(0)} MB), Postgres ${memory.peaks.postgres.toFixed(0)} MB, Meilisearch ${memory.peaks.meilisearch.toFixed(0)} MB.`,
      '',
    ].join('\n')
  } finally {
    memory?.stop()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function viaHttp(url: string, body: () => string, expectedStatus?: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  })
  // A benchmark of refusals counts the expected 4xx as answers, not errors.
  const errors = result.errors + (expectedStatus ? 0 : result.non2xx)
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
  }
}

async function raw(
  databaseUrl: string,
  statement: (i: number) => [string, unknown[]],
): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS })
  const latencies: number[] = []
  const until = Date.now() + SECONDS * 1000
  let i = 0
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const started = performance.now()
        await pool.query(...statement(++i))
        latencies.push(performance.now() - started)
      }
    }),
  )
  await pool.end()
  latencies.sort((a, b) => a - b)
  return {
    perSecond: latencies.length / SECONDS,
    p50: latencies[Math.floor(latencies.length * 0.5)],
    p99: latencies[Math.floor(latencies.length * 0.99)],
    errors: 0,
  }
}
