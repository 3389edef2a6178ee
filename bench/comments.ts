/**
 * Comment POST throughput and latency through the whole stack (`npm start`: Next, Payload, the
 * moderation pipeline, Postgres rate limits) beside raw INSERTs into the same table, in one run.
 * Limits are raised for the run. Usage: npm run bench -- comments
 */
import autocannon from 'autocannon'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startServer, type BenchServer } from './server'

const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS || 15)

export async function benchComments(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'))
  chmodSync(dataDir, 0o755)
  let server: BenchServer | undefined
  try {
    server = await startServer(dataDir, { COMMENT_IP_POINTS: '1000000000', COMMENT_ARTICLE_POINTS: '1000000000' })
    const { docs } = await (await fetch(`${server.base}/api/articles?limit=1&depth=0`)).json()
    const article = docs[0].id as number
    let n = 0
    const http = await autocannon({
      url: `${server.base}/api/comments`,
      connections: CONNECTIONS,
      duration: SECONDS,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({ article, authorName: 'Bạn đọc', content: `Ý kiến đóng góp số ${++n} cho bài viết`, consent: true }),
          }),
        },
      ],
    })
    const raw = await rawInserts(server.databaseUrl, article)
    const ratio = http.requests.average / raw.perSecond
    return [
      `### Comment POST (${new Date().toISOString()})`,
      '',
      `Command: \`npm run bench -- comments\` (${CONNECTIONS} connections, ${SECONDS} s each, limits raised).`,
      '',
      '| what | req/s (mean) | p50 ms | p99 ms | non-2xx |',
      '|---|---|---|---|---|',
      `| POST /api/comments (npm start) | ${http.requests.average.toFixed(0)} | ${http.latency.p50} | ${http.latency.p99} | ${http.non2xx} |`,
      `| raw INSERT INTO comments (pg, ${CONNECTIONS} clients) | ${raw.perSecond.toFixed(0)} | ${raw.p50.toFixed(1)} | ${raw.p99.toFixed(1)} | 0 |`,
      '',
      `Ratio app / raw: ${ratio.toFixed(3)} (goal ≥ 0.3).`,
      '',
    ].join('\n')
  } finally {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function rawInserts(databaseUrl: string, article: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS })
  const latencies: number[] = []
  const until = Date.now() + SECONDS * 1000
  let i = 0
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const started = performance.now()
        await pool.query(
          `INSERT INTO comments (article_id, author_name, content, status, ip_hash) VALUES ($1, $2, $3, 'pending', $4)`,
          [article, 'Bạn đọc', `Ý kiến thô số ${++i}`, 'bench'],
        )
        latencies.push(performance.now() - started)
      }
    }),
  )
  await pool.end()
  latencies.sort((a, b) => a - b)
  return { perSecond: latencies.length / SECONDS, p50: latencies[Math.floor(latencies.length * 0.5)], p99: latencies[Math.floor(latencies.length * 0.99)] }
}
