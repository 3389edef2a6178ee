/**
 * Public pages under load (wrk): the article, home and category pages served by `npm start`,
 * beside Debian's nginx serving the very same HTML bytes from disk, and the article through the
 * deploy/nginx micro-cache in front of the app; then how fast a publish and an approved comment
 * show through that cache; peak memory of the app and the engines throughout; last, Lighthouse
 * (mobile) on the home, category, article and search pages of the idle server.
 * Usage: npm run bench -- pages
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  ensureNginx,
  startPortalNginx,
  startStaticNginx,
  type RunningNginx,
} from '../scripts/nginx'
import {
  lighthouse,
  lighthouseHeader,
  lighthouseRow,
  LIGHTHOUSE_RUNS,
  type Scores,
} from './lighthouse'
import { sampleMemory } from './memory'
import { startServer, type BenchServer } from './server'
import {
  alternatingRounds,
  ensureWrk,
  median,
  wrk as load,
  WRK_CONNECTIONS,
  WRK_SECONDS,
  WRK_THREADS,
  type Load,
} from './wrk'

/** Rounds of plain nginx against the cache (BENCH_CACHE_ROUNDS, 3). */
const CACHE_ROUNDS = Number(process.env.BENCH_CACHE_ROUNDS || 3)

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0))
const row = (name: string, l: Load) =>
  `| ${name} | ${l.rps.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p99)} | ${l.errors} |`

export async function benchPages(): Promise<string> {
  ensureNginx()
  ensureWrk()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-pages-'))
  const staticRoot = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-static-'))
  chmodSync(dataDir, 0o755)
  chmodSync(staticRoot, 0o755)
  let server: BenchServer | undefined
  const nginxes: RunningNginx[] = []
  let memory: ReturnType<typeof sampleMemory> | undefined
  try {
    server = await startServer(dataDir, {})
    memory = sampleMemory(server.pid)
    const origin = server.base
    const { docs } = await (
      await fetch(`${origin}/api/articles?limit=1&depth=1&sort=-publishedAt`)
    ).json()
    const pages = {
      article: `/tin-tuc/${docs[0].slug}`,
      home: '/',
      category: `/chuyen-muc/${docs[0].category.slug}`,
    }

    // The same bytes the app sends, on disk for nginx.
    for (const p of Object.values(pages)) {
      const html = await (await fetch(origin + p)).text()
      const file =
        p === '/' ? path.join(staticRoot, 'index.html') : path.join(staticRoot, `${p}.html`)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, html)
    }
    const plain = await startStaticNginx(staticRoot)
    const cache = await startPortalNginx([new URL(origin).host])
    nginxes.push(plain, cache)

    const results: Record<string, { plain: Load; app: Load; cached?: Load }> = {}
    let cacheRounds: { plain: Load; cached: Load }[] = []
    for (const [name, p] of Object.entries(pages)) {
      log(`${name}: nginx tĩnh, ứng dụng${name === 'article' ? ', qua bộ đệm' : ''}…`)
      // A discarded 3 s run first: the figures are the steady state, not the first requests'
      // JIT compilation (which alone made a 1.2 s p99 in the run of 2026-11-29T22:31).
      await load(origin + p, 3)
      results[name] = { plain: await load(plain.base + p), app: await load(origin + p) }
      if (name === 'article') {
        await load(cache.base + p, 3)
        // Plain nginx and the cache in alternating rounds (one run of each gave 0.670 and 1.025).
        cacheRounds = await alternatingRounds(CACHE_ROUNDS, ['plain', 'cached'] as const, (kind) =>
          load((kind === 'plain' ? plain.base : cache.base) + p),
        )
        results[name].cached = cacheRounds[0].cached
      }
    }

    const visibility = await visibleThroughCache(origin, cache.base)
    memory.stop()

    // The idle server, after the load: Lighthouse simulates a phone's network and CPU.
    const word = docs[0].title.split(/\s+/).find((w: string) => w.length > 3) ?? 'Đảng'
    const audited = {
      home: '/',
      category: pages.category,
      article: pages.article,
      search: `/tim-kiem?q=${encodeURIComponent(word)}`,
    }
    const scores: Record<string, Scores> = {}
    // LIGHTHOUSE_RUNS=0 skips the audits (a memory or throughput comparison alone).
    for (const [name, p] of LIGHTHOUSE_RUNS ? Object.entries(audited) : []) {
      log(`Lighthouse ${name}…`)
      scores[name] = await lighthouse(origin + p)
    }
    const a = results.article
    const lines = [
      `### Public pages (${new Date().toISOString()})`,
      '',
      `Command: \`npm run bench -- pages\` (every figure below by wrk \`-t${WRK_THREADS} -c${WRK_CONNECTIONS} -d${WRK_SECONDS}s --latency\`; \`npm start\` on the seeded demo data; Debian nginx ${nginxVersion()} serving the same HTML bytes from disk as the baseline; the cache is deploy/nginx/portal.conf.template in front of the app).`,
      '',
      '| what | req/s | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|',
    ]
    for (const [name, r] of Object.entries(results)) {
      lines.push(
        row(`${name}: nginx, same bytes from disk`, r.plain),
        row(`${name}: app (npm start)`, r.app),
      )
      if (r.cached) lines.push(row(`${name}: through deploy/nginx micro-cache`, r.cached))
    }
    const cacheRatios = cacheRounds.map((r) => r.cached.rps / r.plain.rps)
    lines.push(
      '',
      `The article from plain nginx and through the cache, ${CACHE_ROUNDS} rounds, the order swapped each round (the first round is the table's cache row):`,
      '',
      '| round | plain nginx req/s | through the cache req/s | ratio | p99 ms plain / cache |',
      '|---|---|---|---|---|',
      ...cacheRounds.map(
        (r, i) =>
          `| ${i + 1} | ${r.plain.rps.toFixed(0)} | ${r.cached.rps.toFixed(0)} | ${cacheRatios[i].toFixed(3)} | ${ms(r.plain.p99)} / ${ms(r.cached.p99)} |`,
      ),
    )
    lines.push(
      '',
      `Article at the origin: ${(a.app.rps / a.plain.rps).toFixed(3)} of nginx (goal ≥ 0.02), p99 ${ms(a.app.p99)} ms (goal ≤ 100). ` +
        `Through the cache: median ${median(cacheRatios).toFixed(3)} of plain nginx over ${CACHE_ROUNDS} rounds (goal ≥ 0.95). ` +
        `Home at the origin: ${(results.home.app.rps / results.home.plain.rps).toFixed(3)}, category: ${(results.category.app.rps / results.category.plain.rps).toFixed(3)} of nginx.`,
      '',
      `Through the cache, a publish showed on the article page and the home page after ${visibility.publish} ms, an approved comment on its article after ${visibility.comment} ms (goal ≤ 5000).`,
      '',
      `Peak memory (PSS) during this benchmark: app ${memory.peaks.app.toFixed(0)} MB (goal ≤ 600; Next.js web server with the jobs worker ${memory.peaks.web.toFixed(0)} MB, launcher ${memory.peaks.launcher.toFixed(0)} MB), Postgres ${memory.peaks.postgres.toFixed(0)} MB, Meilisearch ${memory.peaks.meilisearch.toFixed(0)} MB.`,
      '',
      ...(LIGHTHOUSE_RUNS
        ? [
            `Lighthouse 12.2.3, mobile defaults, Debian Chromium, \`npm start\` at the origin (no nginx), median of ${LIGHTHOUSE_RUNS} runs by performance (goal ≥ 90, no console errors):`,
            '',
            ...lighthouseHeader,
            ...Object.entries(scores).map(([name, s]) =>
              lighthouseRow(`${name} (${audited[name as keyof typeof audited]})`, s),
            ),
          ]
        : ['Lighthouse: not run (LIGHTHOUSE_RUNS=0).']),
      '',
    )
    return lines.join('\n')
  } finally {
    memory?.stop()
    for (const n of nginxes) await n.stop()
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(staticRoot, { recursive: true, force: true })
  }
}

const log = (message: string) => console.log(`[bench pages] ${message}`)

function nginxVersion(): string {
  const out = spawnSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8' })
  return /nginx\/([\d.]+)/.exec(out.stderr)?.[1] ?? '?'
}

/** Milliseconds until a publish, then an approved comment, show through the cache (polled every 100 ms). */
async function visibleThroughCache(origin: string, cached: string) {
  const token = async (email: string) =>
    (
      await (
        await fetch(`${origin}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'bench-password-1' }),
        })
      ).json()
    ).token
  const call = async (jwt: string, method: string, p: string, body?: unknown) =>
    (
      await fetch(origin + p, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${jwt}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    ).json()
  const until = async (started: number, check: () => Promise<boolean>) => {
    while (!(await check())) {
      if (Date.now() - started > 30_000) return NaN
      await new Promise((r) => setTimeout(r, 100))
    }
    return Date.now() - started
  }
  const chief = await token('chief@example.org')
  const article = (
    await call(chief, 'GET', '/api/articles?where[workflowState][equals]=in_review&limit=1&depth=0')
  ).docs[0]
  for (const p of [`/tin-tuc/${article.slug}`, '/']) await fetch(cached + p) // cached in its old state
  const publishAt = Date.now()
  await call(chief, 'POST', `/api/articles/${article.id}/transition`, { to: 'published' })
  const publish = await until(publishAt, async () => {
    const home = await fetch(`${cached}/`).then((r) => r.text())
    return (
      home.includes(`/tin-tuc/${article.slug}`) &&
      (await fetch(`${cached}/tin-tuc/${article.slug}`)).status === 200
    )
  })

  const moderator = await token('moderator@example.org')
  const text = `Ý kiến kiểm tra bộ đệm ${Date.now()}`
  const posted = await (
    await fetch(`${origin}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        article: article.id,
        authorName: 'Bạn đọc',
        content: text,
        consent: true,
      }),
    })
  ).json()
  await fetch(`${cached}/tin-tuc/${article.slug}`)
  const approvedAt = Date.now()
  await call(moderator, 'PATCH', `/api/comments/${posted.doc.id}`, { status: 'approved' })
  const comment = await until(approvedAt, async () =>
    (await fetch(`${cached}/tin-tuc/${article.slug}`).then((r) => r.text())).includes(text),
  )
  return { publish, comment }
}
