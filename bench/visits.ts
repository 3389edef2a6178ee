/**
 * Visit statistics under load (`npm run bench -- visits`), on `npm start` with the seeded data:
 * 1. The article page through deploy/nginx's micro-cache with a beacon after every view (wrk, a
 *    Lua script alternating GET page + POST /api/stats/hit, a new visitor each time), against the
 *    same script whose beacons are not counted (a bot's user agent: parsed and dropped before the
 *    hash and the buffer), in the same run, BENCH_VISIT_ROUNDS (3) rounds in ABBA order, the
 *    median ratio reported; the page alone through the cache for reference.
 * 2. 2,000 beacons a second straight to `npm start` (autocannon at a fixed rate, TRUST_PROXY=1 and
 *    one X-Forwarded-For address per visitor, 5 % bots, 40 % repeats): how many flush statements
 *    wrote per second, and whether sent − bots − repeats = counted, exactly.
 */
import autocannon from 'autocannon'
import { mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { ensureNginx, startPortalNginx, type RunningNginx } from '../scripts/nginx'
import { cpuSecondsBelow, cpuUsedBetween } from './cpuTime'
import { startServer, type BenchServer } from './server'
import {
  alternatingRounds,
  ensureWrk,
  median,
  wrk,
  WRK_CONNECTIONS,
  WRK_SECONDS,
  WRK_THREADS,
  type Load,
} from './wrk'

const RATE = Number(process.env.BENCH_BEACONS_PER_SECOND || 2000)
const BEACON_SECONDS = Number(process.env.BENCH_BEACON_SECONDS || 10)
const FLUSH_MS = 2000
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36'
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0))
const row = (name: string, l: Load) =>
  `| ${name} | ${l.rps.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p99)} | ${l.errors} |`
const log = (message: string) => console.log(`[bench visits] ${message}`)
const sleep = (t: number) => new Promise((r) => setTimeout(r, t))
const ROUNDS = Number(process.env.BENCH_VISIT_ROUNDS || 3)

/** Each thread alternates a page view and its beacon; `ua` nil means a new visitor per beacon. */
const luaScript = (page: string, ua: string | null) => `
local n = 0
local counter = 1
function setup(thread) thread:set("id", counter); counter = counter + 1 end
request = function()
  n = n + 1
  if n % 2 == 1 then return wrk.format("GET", "${page}") end
  local ua = ${ua ? JSON.stringify(ua) : `"${CHROME} bench-" .. id .. "-" .. n`}
  return wrk.format("POST", "/api/stats/hit",
    { ["Content-Type"] = "text/plain;charset=UTF-8", ["User-Agent"] = ua },
    '{"path":"${page}"}')
end
`

export async function benchVisits(): Promise<string> {
  ensureNginx()
  ensureWrk()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-visits-'))
  chmodSync(dataDir, 0o755)
  let server: BenchServer | undefined
  let cache: RunningNginx | undefined
  let db: pg.Pool | undefined
  try {
    server = await startServer(dataDir, { TRUST_PROXY: '1', STATS_FLUSH_MS: String(FLUSH_MS) })
    db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 })
    const origin = server.base
    const { docs } = await (await fetch(`${origin}/api/articles?limit=1&sort=-publishedAt`)).json()
    const page = `/tin-tuc/${docs[0].slug}`
    cache = await startPortalNginx([new URL(origin).host])

    const counting = path.join(dataDir, 'counting.lua')
    const notCounting = path.join(dataDir, 'not-counting.lua')
    writeFileSync(counting, luaScript(page, null))
    writeFileSync(notCounting, luaScript(page, BOT))
    log('trang qua bộ đệm: chỉ trang, trang + beacon không đếm, trang + beacon đếm…')
    await wrk(cache.base + page, 3) // warm-up: the cache holds the page, the JIT is warm
    await wrk(cache.base + page, 3, {}, counting)
    const pageOnly = await wrk(cache.base + page)
    // Alternating rounds of both; CPU by program over each run and the flushes after it.
    const cpuAt = () => cpuSecondsBelow(process.pid)
    const cpu = { without: {} as Record<string, number>, with: {} as Record<string, number> }
    const url = cache.base + page
    const rounds = await alternatingRounds(ROUNDS, ['without', 'with'] as const, async (kind) => {
      const mark = cpuAt()
      const load = await wrk(url, WRK_SECONDS, {}, kind === 'with' ? counting : notCounting)
      await sleep(2 * FLUSH_MS + 500) // the flushes after it belong to its CPU
      for (const [k, v] of Object.entries(cpuUsedBetween(mark, cpuAt())))
        cpu[kind][k] = (cpu[kind][k] ?? 0) + v
      return load
    })
    const runs = { without: rounds.map((r) => r.without), with: rounds.map((r) => r.with) }
    const ratios = runs.with.map((l, i) => l.rps / runs.without[i].rps)
    const ratio = median(ratios)
    const requests = (loads: Load[]) => loads.reduce((sum, l) => sum + l.rps * WRK_SECONDS, 0)
    const perThousand = (seconds: number | undefined, loads: Load[]) =>
      (((seconds ?? 0) * 1000) / (requests(loads) / 1000)).toFixed(0)
    const cpuRows = ['node', 'postgres', 'nginx', 'meilisearch'].map(
      (k) =>
        `| ${k} | ${(cpu.without[k] ?? 0).toFixed(1)} | ${(cpu.with[k] ?? 0).toFixed(1)} | ${perThousand(cpu.without[k], runs.without)} | ${perThousand(cpu.with[k], runs.with)} |`,
    )
    const roundRows = ratios.map(
      (r, i) =>
        `| ${i + 1} | ${runs.without[i].rps.toFixed(0)} | ${runs.with[i].rps.toFixed(0)} | ${r.toFixed(3)} | ${ms(runs.without[i].p99)} / ${ms(runs.with[i].p99)} | ${runs.without[i].errors} / ${runs.with[i].errors} |`,
    )

    log(`${RATE} beacon/s trong ${BEACON_SECONDS} s tới npm start…`)
    const load = await beaconLoad(origin, page, db)

    return [
      `### Visit statistics (${new Date().toISOString()})`,
      '',
      `Command: \`npm run bench -- visits\` (\`npm start\` on the seeded demo data, STATS_FLUSH_MS=${FLUSH_MS}, TRUST_PROXY=1; the cache is deploy/nginx/portal.conf.template; wrk \`-t${WRK_THREADS} -c${WRK_CONNECTIONS} -d${WRK_SECONDS}s --latency\`).`,
      '',
      '| what | req/s | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|',
      row('article through the cache, no beacon (reference)', pageOnly),
      '',
      `The article through the cache + a beacon after each view, not counted (a bot's user agent: dropped before the hash and the buffer) and counted (a new visitor each), ${ROUNDS} rounds, the order swapped each round:`,
      '',
      '| round | not counted req/s | counted req/s | ratio | p99 ms | errors |',
      '|---|---|---|---|---|---|',
      ...roundRows,
      '',
      `Counting vs not counting, same requests, same run: median ${ratio.toFixed(3)} of ${ROUNDS} rounds (goal ≥ 0.95). Page views per second with counted beacons: ${(median(runs.with.map((l) => l.rps)) / 2).toFixed(0)}.`,
      '',
      `CPU seconds by program over the ${ROUNDS} runs of each, ${WRK_SECONDS} s and the ${((2 * FLUSH_MS + 500) / 1000).toFixed(1)} s of flushes after each (wrk itself not included), and per 1,000 requests:`,
      '',
      '| program | not counted | counted | ms per 1,000 requests, not counted | counted |',
      '|---|---|---|---|---|',
      ...cpuRows,
      '',
      `${RATE} beacons/s for ${BEACON_SECONDS} s to \`npm start\` (autocannon, ${load.connections} connections): ${load.sent} sent at ${load.rate.toFixed(0)}/s (p99 ${load.p99} ms, ${load.failed} failed), ${load.bots} bots, ${load.repeats} repeats → ${load.expected} expected, ${load.counted} counted (${load.counted === load.expected && !load.failed ? 'exact' : 'NOT exact'}). Flush statements that wrote: ${load.flushes} in ${load.seconds.toFixed(1)} s = ${(load.flushes / load.seconds).toFixed(2)} per second (goal ≤ 1).`,
      '',
    ].join('\n')
  } finally {
    await db?.end()
    await cache?.stop()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Visits of the main site today, and the row writes of visit_site_days (one per flush that counted). */
async function dbFigures(db: pg.Pool) {
  const { rows } = await db.query(
    `SELECT (SELECT coalesce(sum(visits), 0) FROM visit_site_days
              WHERE site_id = (SELECT id FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1))::int AS visits,
            (SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'visit_site_days')::int AS writes`,
  )
  return rows[0] as { visits: number; writes: number }
}

async function beaconLoad(origin: string, page: string, db: pg.Pool) {
  const before = await dbFigures(db)
  const started = Date.now()
  const paths = [page, '/', '/chuyen-muc/thoi-su']
  const keys = new Set<string>()
  let i = 0
  let bots = 0
  let repeats = 0
  let failed = 0
  const connections = 20
  const result = await autocannon({
    url: `${origin}/api/stats/hit`,
    connections,
    overallRate: RATE,
    amount: RATE * BEACON_SECONDS,
    method: 'POST',
    requests: [
      {
        setupRequest: (req) => {
          const n = i++
          // 60 % new visitors, then the first 40 % again (same visitor, same page: repeats).
          const v = n % Math.round(RATE * BEACON_SECONDS * 0.6)
          const bot = v % 20 === 0
          const path = paths[v % 3]
          const key = `${v}:${path}`
          if (bot) bots++
          else if (keys.has(key)) repeats++
          else keys.add(key)
          return {
            ...req,
            headers: {
              'content-type': 'text/plain;charset=UTF-8',
              'user-agent': bot ? BOT : CHROME,
              'x-forwarded-for': `10.${(v >> 16) & 255}.${(v >> 8) & 255}.${v & 255}`,
            },
            body: JSON.stringify({ path }),
          }
        },
        onResponse: (status) => {
          if (status !== 204) failed++
        },
      },
    ],
  })
  // The load, and the last flush after it; then Postgres's table statistics, which an idle
  // backend reports within 10 s.
  const seconds = (Date.now() + FLUSH_MS - started) / 1000
  await sleep(11_000)
  const after = await dbFigures(db)
  return {
    connections,
    sent: result.requests.total,
    rate: result.requests.average,
    p99: result.latency.p99,
    failed: failed + result.errors,
    bots,
    repeats,
    expected: result.requests.total - bots - repeats,
    counted: after.visits - before.visits,
    flushes: after.writes - before.writes,
    seconds,
  }
}
