/**
 * Documents search at 20,000 documents with ~5 pages of text each: `npm run reindex` beside raw
 * Meilisearch indexing the same search documents; `/api/search?kind=documents` latency beside raw
 * Meilisearch requests of the same shape (a federated multi-search for a query with tone marks),
 * interleaved in one run; and the tone-exact ranking fixture's score.
 * Usage: npm run bench -- documents   (DOCS=500 for a quick run)
 * The PDFs themselves are not generated: their text goes straight into `document_files.text`,
 * where the extraction job writes it.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { slugify } from '../src/lib/vietnamese'
import type { Document, DocumentFile } from '../src/payload-types'
import { documentIndexSettings } from '../src/search/documents/documentSettings'
import { toDocumentSearchDocument } from '../src/search/documents/toDocumentSearchDocument'
import { benchToneFixture } from './toneFixture'
import { compareDocumentQueries } from './documentQueries'
import { latencyRow, p95Difference } from './latency'
import { batchesOf, rawIndex, type Meili } from './meili'
import { benchPdfExtraction } from './pdfExtraction'
import { runReindex } from './reindex'
import { startServer, type BenchServer } from './server'
import { syntheticDocuments } from './syntheticDocuments'

const PDF_SAMPLE = Number(process.env.PDF_SAMPLE || 200)
const COUNT = Number(process.env.DOCS || process.env.BENCH_DOCUMENTS || 20_000)
const QUERIES = Number(process.env.BENCH_QUERIES || 450)

export async function benchDocuments(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-documents-'))
  chmodSync(dataDir, 0o755)
  let server: BenchServer | undefined
  let db: pg.Client | null = null
  try {
    server = await startServer(dataDir, { JOBS_INTERVAL_MS: '500' })
    const { env } = JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8'))
    const meili: Meili = { host: env.MEILI_HOST, key: env.MEILI_MASTER_KEY }
    db = new pg.Client({ connectionString: server.databaseUrl })
    await db.connect()
    const site = (
      await db.query('SELECT id FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1')
    ).rows[0].id as number

    log(`Tạo ${COUNT} văn bản tổng hợp (mỗi văn bản ~5 trang chữ) trong Postgres…`)
    const batches = await insertDocuments(db, site, COUNT, path.join(dataDir, 'raw'))

    log('Meilisearch thô: lập chỉ mục cùng tài liệu…')
    const raw = await rawIndex(
      meili,
      'bench_raw_documents',
      documentIndexSettings,
      batches.map((file) => readFileSync(file, 'utf8')),
    )

    log('npm run reindex…')
    const reindex = await runReindex(dataDir, /văn bản vào "[^"]*" trong ([\d.,]+) giây/)
    const grouped = {
      raw: await batchesOf(meili, 'bench_raw_documents'),
      reindex: await batchesOf(meili, 'documents__reindex_'),
    }

    log(`${QUERIES} truy vấn xen kẽ /api/search?kind=documents và Meilisearch thô…`)
    const latency = await compareDocumentQueries(server.base, meili, site, QUERIES)

    log(`Trích văn bản từ ${PDF_SAMPLE} tệp PDF 5 trang…`)
    const pdf = await benchPdfExtraction(PDF_SAMPLE)

    log('Bộ kiểm tra xếp hạng theo dấu…')
    const tones = await benchToneFixture(meili)

    return [
      `### Documents search at ${COUNT.toLocaleString('en')} documents (${new Date().toISOString()})`,
      '',
      'Command: `npm run bench -- documents` (synthetic Party documents, bench/syntheticDocuments.ts: ~5 pages / 2,300 words of text each, written straight into `document_files.text` instead of generating and extracting PDFs; embedded Meilisearch 1.21).',
      '',
      '| indexing | seconds | docs/s |',
      '|---|---|---|',
      `| raw Meilisearch: the same search documents, pre-serialised, POSTed in batches of 500, all tasks succeeded | ${raw.toFixed(1)} | ${(COUNT / raw).toFixed(0)} |`,
      `| \`npm run reindex\` (process start to exit, incl. Payload boot and the seeded demo articles) | ${reindex.wall.toFixed(1)} | ${(COUNT / reindex.wall).toFixed(0)} |`,
      `| \`npm run reindex\`, the documents index's own timer (read Postgres → fresh index → swap) | ${reindex.internal.toFixed(1)} | ${(COUNT / reindex.internal).toFixed(0)} |`,
      '',
      `Ratio reindex (own timer) / raw: ${(reindex.internal / raw).toFixed(2)}. Meilisearch's own batches of these additions: raw ${grouped.raw.batches} batches, ${grouped.raw.seconds.toFixed(1)} s; reindex ${grouped.reindex.batches} batches, ${grouped.reindex.seconds.toFixed(1)} s.`,
      '',
      `Text extraction at upload (the job's extractor, unpdf, on ${pdf.sample} real 5-page PDFs made with pdf-lib from the same synthetic text, ${(pdf.bytes / 1024).toFixed(0)} KB each): ${pdf.msPerPdf.toFixed(1)} ms per PDF, ${pdf.pagesPerPdf.toFixed(1)} pages, ${((pdf.recovered / pdf.words) * 100).toFixed(1)} % of the words recovered; ${COUNT.toLocaleString('en')} uploads would spend ${((pdf.msPerPdf * COUNT) / 60_000).toFixed(1)} min extracting.`,
      '',
      `| ${QUERIES} mixed queries (sequential; codes, words with and without tones, 1/3 with a type, 1/3 with a year) | p50 ms | p95 ms | p99 ms |`,
      '|---|---|---|---|',
      latencyRow('GET /api/search?kind=documents (npm start)', latency.app),
      latencyRow(
        'raw Meilisearch, same request (search, or federated multi-search with tones)',
        latency.raw,
      ),
      '',
      p95Difference(latency.app, latency.raw),
      '',
      `Tone-exact ranking fixture (tests/fixtures/toneRanking.json, 30 toned queries): articles ${tones.articles}/30, documents ${tones.documents}/30 tone-exact first; Meilisearch's folded ranking alone ${tones.folded}/30.`,
      '',
    ].join('\n')
  } finally {
    await db?.end().catch(() => {})
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const log = (message: string) => console.log(`[bench documents] ${message}`)

/**
 * Inserts published public documents, each with one file holding its text, straight into
 * Postgres; writes their search documents to `rawDir` as JSON batches (for the raw baseline,
 * so the baseline's clock runs on serialised bodies only). Returns the batch files.
 */
async function insertDocuments(client: pg.Client, site: number, count: number, rawDir: string) {
  const { mkdirSync } = await import('node:fs')
  mkdirSync(rawDir, { recursive: true })
  const files: string[] = []
  let batch: ReturnType<typeof syntheticDocuments> extends Generator<infer T> ? T[] : never = []
  let i = 0
  const flush = async () => {
    const fileRows = await client.query(
      `INSERT INTO document_files (site_id, title, is_public, page_count, text, filename, mime_type, filesize, url)
       SELECT $1, 'Toàn văn', true, 5, t.text, t.filename, 'application/pdf', t.size, '/api/document-files/file/' || t.filename
       FROM jsonb_to_recordset($2::jsonb) AS t(text text, filename text, size int) RETURNING id`,
      [
        site,
        JSON.stringify(
          batch.map((d, k) => ({
            text: d.text,
            filename: `van-ban-${i - batch.length + k + 1}.pdf`,
            size: 200_000,
          })),
        ),
      ],
    )
    const docRows = await client.query(
      `INSERT INTO documents (site_id, code, type, title, issuer, signer, field, issued_at, expires_at, secrecy, scope, workflow_state, slug, published_at, _status)
       SELECT $1, t.code, t.type::enum_documents_type, t.title, t.issuer, t.signer, t.field, t.issued_at, t.expires_at, 'thuong', 'public', 'published', t.slug, t.issued_at, 'published'
       FROM jsonb_to_recordset($2::jsonb) AS t(code text, type text, title text, issuer text, signer text, field text, issued_at timestamptz, expires_at timestamptz, slug text)
       RETURNING id, slug`,
      [
        site,
        JSON.stringify(
          batch.map((d, k) => ({
            ...d,
            text: undefined,
            slug: `${slugify(d.code, 40)}-${i - batch.length + k + 1}`,
          })),
        ),
      ],
    )
    await client.query(
      `INSERT INTO documents_rels ("order", parent_id, path, document_files_id)
       SELECT 1, d, 'files', f FROM unnest($1::int[], $2::int[]) AS x(d, f)`,
      [docRows.rows.map((r) => r.id), fileRows.rows.map((r) => r.id)],
    )
    const search = batch.map((d, k) =>
      toDocumentSearchDocument(
        {
          ...d,
          id: docRows.rows[k].id,
          slug: docRows.rows[k].slug,
          site,
          issuedAt: d.issuedAt.toISOString(),
          expiresAt: d.expiresAt?.toISOString() ?? null,
        } as unknown as Document,
        [{ text: d.text, pageCount: 5 } as DocumentFile],
        false,
      ),
    )
    const file = path.join(rawDir, `${files.length}.json`)
    writeFileSync(file, JSON.stringify(search))
    files.push(file)
    batch = []
  }
  for (const doc of syntheticDocuments(count)) {
    batch.push(doc)
    i++
    if (batch.length === 500) await flush()
  }
  if (batch.length) await flush()
  await client.query('VACUUM ANALYZE documents')
  await client.query('VACUUM ANALYZE document_files')
  return files
}
