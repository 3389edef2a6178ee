import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { errorResponse } from '../lib/errorResponse'
import { sqlPool } from '../lib/sqlPool'
import { siteIdFor } from '../sites/siteIdFor'
import { SearchUnavailableError } from './client'
import { parseDocumentSearchParams } from './documents/parseDocumentSearchParams'
import { searchDocuments } from './documents/searchDocuments'
import { isCategoryOfSite } from './isCategoryOfSite'
import { parseSearchParams } from './parseSearchParams'
import { searchArticles } from './searchArticles'

export const SEARCH_UNAVAILABLE_MESSAGE =
  'Chức năng tìm kiếm tạm thời không khả dụng. Vui lòng thử lại sau ít phút.'

const headers = { 'Cache-Control': 'no-store' }
type Raw = Record<string, string>
/** The site addressed: the /don-vi/{slug} prefix's slug and the Host's name (siteKeys). */
type SiteKeys = { slug: string | null; host: string | null }

/**
 * GET /api/search?q=&category=&from=&to=&page=&limit=&subsites=1 → { hits, total, page, totalPages }.
 * `kind=documents` searches Party documents instead (`type, issuer, year, field, validity`);
 * the default stays articles. Searches the addressed site (for articles its own and those shared
 * to it; `subsites=1` adds its child sites). 400 with a Vietnamese message for invalid parameters
 * (a category id of another site included), 503 while Meilisearch is unreachable.
 * Plain SQL on Payload's pool, no Payload request: it runs on every keystroke of a search box.
 */
export async function answerSearch(url: URL, keys: SiteKeys, payload: Payload): Promise<Response> {
  const pool = sqlPool(payload)
  const raw: Raw = Object.fromEntries(url.searchParams)
  const kind = raw.kind || 'articles'
  if (kind !== 'articles' && kind !== 'documents')
    return errorResponse(400, 'Loại tìm kiếm chỉ nhận "articles" hoặc "documents".', headers)
  const site = () => siteIdFor(pool, keys.slug, keys.host)
  try {
    return kind === 'documents'
      ? await findDocuments(raw, site)
      : await findArticles(raw, site, pool)
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error
    payload.logger.warn(error.message)
    return errorResponse(503, SEARCH_UNAVAILABLE_MESSAGE, { ...headers, 'Retry-After': '30' })
  }
}

async function findArticles(raw: Raw, siteOf: () => Promise<number | null>, pool: Pool) {
  const parsed = parseSearchParams(raw)
  if (!parsed.ok) return errorResponse(400, parsed.message, headers)
  const site = await siteOf()
  const params = { ...parsed.params, site: site ?? undefined }
  if (params.category && 'id' in params.category && site !== null)
    if (!(await isCategoryOfSite(pool, params.category.id, site, params.withSubsites)))
      return errorResponse(400, 'Chuyên mục không hợp lệ.', headers)
  const { hits, total, page, totalPages } = await searchArticles(params)
  return Response.json({ hits, total, page, totalPages }, { headers })
}

async function findDocuments(raw: Raw, siteOf: () => Promise<number | null>) {
  const parsed = parseDocumentSearchParams(raw)
  if (!parsed.ok) return errorResponse(400, parsed.message, headers)
  const site = await siteOf()
  const { hits, total, page, totalPages } = await searchDocuments({
    ...parsed.params,
    site: site ?? undefined,
  })
  return Response.json({ hits, total, page, totalPages }, { headers })
}
