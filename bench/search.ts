/**
 * Search at 50,000 articles: indexing through `npm run reindex` and through the sync jobs,
 * beside raw Meilisearch indexing the same documents; `/api/search` latency beside raw
 * Meilisearch queries with the same parameters, interleaved in one run.
 * Usage: npm run bench -- search   (BENCH_ARTICLES=5000 for a quick run)
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { lexicalToPlainText, paragraphsToLexical } from '../src/lib/lexical'
import { slugify } from '../src/lib/vietnamese'
import { articleIndexSettings } from '../src/search/settings'
import { latencyRow, p95Difference } from './latency'
import { meiliFetch, rawIndex, type Meili } from './meili'
import { runReindex } from './reindex'
import { startServer, type BenchServer } from './server'
import { benchQueries, syntheticArticles } from './syntheticArticles'

const COUNT = Number(process.env.BENCH_ARTICLES || 50_000)
const SYNC_COUNT = Math.min(COUNT, Number(process.env.BENCH_SYNC_ARTICLES || 5000))
const QUERIES = 500

type Doc = Record<string, unknown>

export async function benchSearch(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-search-'))
  chmodSync(dataDir, 0o755)
  let server: BenchServer | undefined
  const db = { client: null as pg.Client | null }
  try {
    server = await startServer(dataDir, { JOBS_INTERVAL_MS: '500' })
    const { env } = JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8'))
    const meili: Meili = { host: env.MEILI_HOST, key: env.MEILI_MASTER_KEY }
    db.client = new pg.Client({ connectionString: server.databaseUrl })
    await db.client.connect()

    log(`Tạo ${COUNT} tin bài tổng hợp trong Postgres…`)
    const docs = await insertArticles(db.client, COUNT)

    log('Meilisearch thô: lập chỉ mục cùng tài liệu…')
    const raw = await rawIndex(
      meili,
      'bench_raw_articles',
      articleIndexSettings,
      Array.from({ length: Math.ceil(docs.length / 1000) }, (_, i) =>
        JSON.stringify(docs.slice(i * 1000, i * 1000 + 1000)),
      ),
    )
    docs.length = 0

    log('npm run reindex…')
    const reindex = await runReindex(dataDir, /trong ([\d.,]+) giây/)

    log(`Đường đồng bộ: ${SYNC_COUNT} công việc qua hàng đợi…`)
    const sync = await runSyncJobs(db.client, SYNC_COUNT)

    log(`${QUERIES} truy vấn xen kẽ /api/search và Meilisearch thô…`)
    const categories = (await db.client.query('SELECT slug FROM categories ORDER BY id')).rows.map(
      (r) => r.slug as string,
    )
    const latency = await compareQueries(server.base, meili, categories)

    return [
      `### Search at ${COUNT.toLocaleString('en')} articles (${new Date().toISOString()})`,
      '',
      `Command: \`npm run bench -- search\` (synthetic Vietnamese articles of ~600 words, bench/syntheticArticles.ts; embedded Meilisearch 1.21 with --max-indexing-memory 512MiB).`,
      '',
      '| indexing | seconds | docs/s |',
      '|---|---|---|',
      `| raw Meilisearch: addDocuments in batches of 1000, all tasks succeeded | ${raw.toFixed(1)} | ${(COUNT / raw).toFixed(0)} |`,
      `| \`npm run reindex\` (process start to exit, incl. Payload boot) | ${reindex.wall.toFixed(1)} | ${(COUNT / reindex.wall).toFixed(0)} |`,
      `| \`npm run reindex\`, its own timer (read Postgres → fresh index → swap) | ${reindex.internal.toFixed(1)} | ${(COUNT / reindex.internal).toFixed(0)} |`,
      `| sync jobs: ${SYNC_COUNT} queued, until the worker drained them | ${sync.toFixed(1)} | ${(SYNC_COUNT / sync).toFixed(0)} |`,
      '',
      `Ratio reindex / raw: ${(reindex.wall / raw).toFixed(2)} (goal ≤ 1.25). Sync jobs at this rate would take ${(((COUNT / SYNC_COUNT) * sync) / 60).toFixed(1)} min for all ${COUNT.toLocaleString('en')}.`,
      '',
      `| ${QUERIES} mixed queries (sequential, 1/3 with a category filter, 1/3 with a date range) | p50 ms | p95 ms | p99 ms |`,
      '|---|---|---|---|',
      latencyRow('GET /api/search (npm start)', latency.app),
      latencyRow('raw Meilisearch POST /indexes/articles/search, same parameters', latency.raw),
      '',
      p95Difference(latency.app, latency.raw),
      '',
    ].join('\n')
  } finally {
    await db.client?.end().catch(() => {})
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const log = (message: string) => console.log(`[bench search] ${message}`)

/** Inserts published articles straight into Postgres; returns their search documents. */
export async function insertArticles(client: pg.Client, count: number): Promise<Doc[]> {
  const { rows: categories } = await client.query(
    'SELECT id, slug, title FROM categories ORDER BY id',
  )
  const docs: Doc[] = []
  let batch: Parameters<typeof insertBatch>[1] = []
  let i = 0
  for (const a of syntheticArticles(count, categories.length)) {
    batch.push({
      ...a,
      slug: `${slugify(a.title, 100)}-${++i}`,
      category: categories[a.categoryIndex],
    })
    if (batch.length === 500) docs.push(...(await insertBatch(client, batch)))
    if (batch.length === 500) batch = []
  }
  if (batch.length) docs.push(...(await insertBatch(client, batch)))
  return docs
}

async function insertBatch(
  client: pg.Client,
  batch: {
    title: string
    summary: string
    paragraphs: string[]
    tags: string[]
    publishedAt: Date
    slug: string
    category: { id: number; slug: string; title: string }
  }[],
): Promise<Doc[]> {
  const contents = batch.map((a) => paragraphsToLexical(a.paragraphs))
  const { rows } = await client.query(
    `INSERT INTO articles (title, summary, content, byline, workflow_state, slug, category_id, published_at, _status)
     SELECT t.title, t.summary, t.content, 'Phóng viên', 'published', t.slug, t.category_id, t.published_at, 'published'
     FROM jsonb_to_recordset($1::jsonb) AS t(title text, summary text, content jsonb, slug text, category_id int, published_at timestamptz)
     RETURNING id`,
    [
      JSON.stringify(
        batch.map((a, k) => ({
          title: a.title,
          summary: a.summary,
          content: contents[k],
          slug: a.slug,
          category_id: a.category.id,
          published_at: a.publishedAt.toISOString(),
        })),
      ),
    ],
  )
  const tags = rows.flatMap((r, k) =>
    batch[k].tags.map((text, order) => ({ parent_id: r.id, order: order + 1, text })),
  )
  await client.query(
    `INSERT INTO articles_texts ("order", parent_id, path, text)
     SELECT t."order", t.parent_id, 'tags', t.text FROM jsonb_to_recordset($1::jsonb) AS t("order" int, parent_id int, text text)`,
    [JSON.stringify(tags)],
  )
  return rows.map((r, k) => ({
    id: r.id,
    slug: batch[k].slug,
    title: batch[k].title,
    summary: batch[k].summary,
    body: lexicalToPlainText(contents[k]),
    category: batch[k].category,
    tags: batch[k].tags,
    byline: 'Phóng viên',
    publishedAt: Math.floor(batch[k].publishedAt.getTime() / 1000),
    cover: null,
  }))
}

/** Queues sync jobs the way the article hooks do (one per article) and times the worker. */
async function runSyncJobs(client: pg.Client, count: number): Promise<number> {
  const { rows } = await client.query('SELECT id FROM articles ORDER BY id DESC LIMIT $1', [count])
  const started = performance.now()
  await client.query(
    `INSERT INTO payload_jobs (input, task_slug, queue, concurrency_key, processing, has_error, total_tried, created_at, updated_at)
     SELECT jsonb_build_object('articleId', id), 'syncArticleToSearch', 'default', 'search:article:' || id, false, false, 0, now(), now()
     FROM unnest($1::int[]) AS id`,
    [rows.map((r) => r.id)],
  )
  for (;;) {
    const { rows: left } = await client.query(
      `SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'syncArticleToSearch' AND completed_at IS NULL`,
    )
    if (left[0].n === 0) break
    await new Promise((r) => setTimeout(r, 250))
  }
  return (performance.now() - started) / 1000
}

/** Interleaves app and raw queries so both see the same machine noise; sorted latencies in ms. */
async function compareQueries(base: string, m: Meili, categories: string[]) {
  const app: number[] = []
  const raw: number[] = []
  for (let i = -20; i < QUERIES; i++) {
    const q = benchQueries[(i + 20) % benchQueries.length]
    const params = new URLSearchParams({ q })
    const filter: string[] = []
    if (i % 3 === 1) {
      const slug = categories[i % categories.length]
      params.set('category', slug)
      filter.push(`category.slug = "${slug}"`)
    }
    if (i % 3 === 2) {
      params.set('from', '2024-01-01')
      params.set('to', '2024-12-31')
      filter.push(
        `publishedAt >= ${Date.UTC(2023, 11, 31, 17) / 1000}`,
        `publishedAt <= ${Date.UTC(2024, 11, 31, 16, 59, 59) / 1000}`,
      )
    }
    let t = performance.now()
    const a = await fetch(`${base}/api/search?${params}`)
    await a.arrayBuffer()
    if (!a.ok) throw new Error(`/api/search ${a.status}`)
    if (i >= 0) app.push(performance.now() - t)
    t = performance.now()
    await meiliFetch(m, '/indexes/articles/search', {
      method: 'POST',
      body: JSON.stringify({
        q,
        filter,
        page: 1,
        hitsPerPage: 10,
        sort: q ? undefined : ['publishedAt:desc'],
        matchingStrategy: 'all',
        attributesToRetrieve: [
          'id',
          'slug',
          'title',
          'summary',
          'category',
          'publishedAt',
          'cover',
        ],
        attributesToHighlight: ['title', 'summary'],
        highlightPreTag: '\uE000',
        highlightPostTag: '\uE001',
      }),
    })
    if (i >= 0) raw.push(performance.now() - t)
  }
  return { app: app.sort((x, y) => x - y), raw: raw.sort((x, y) => x - y) }
}
