import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { requestSiteId } from '../sites/requestSite'
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

/**
 * GET /api/search?q=&category=&from=&to=&page=&limit=&subsites=1 → { hits, total, page, totalPages }.
 * `kind=documents` searches Party documents instead (`type, issuer, year, field, validity`);
 * the default stays articles. Searches the request's site (Host or x-portal-site: for articles
 * its own and those shared to it; `subsites=1` adds its child sites). 400 with a Vietnamese
 * message for invalid parameters (a category id of another site included), 503 while
 * Meilisearch is unreachable.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const raw: Raw = Object.fromEntries(new URL(req.url!).searchParams)
    const kind = raw.kind || 'articles'
    if (kind !== 'articles' && kind !== 'documents')
      return errorResponse(400, 'Loại tìm kiếm chỉ nhận "articles" hoặc "documents".', headers)
    try {
      return kind === 'documents' ? await findDocuments(req, raw) : await findArticles(req, raw)
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error
      req.payload.logger.warn(error.message)
      return errorResponse(503, SEARCH_UNAVAILABLE_MESSAGE, { ...headers, 'Retry-After': '30' })
    }
  },
}

async function findArticles(req: PayloadRequest, raw: Raw): Promise<Response> {
  const parsed = parseSearchParams(raw)
  if (!parsed.ok) return errorResponse(400, parsed.message, headers)
  const site = await requestSiteId(req)
  const params = { ...parsed.params, site: site ?? undefined }
  if (params.category && 'id' in params.category && site !== null)
    if (!(await isCategoryOfSite(req, params.category.id, site, params.withSubsites)))
      return errorResponse(400, 'Chuyên mục không hợp lệ.', headers)
  const { hits, total, page, totalPages } = await searchArticles(params)
  return Response.json({ hits, total, page, totalPages }, { headers })
}

async function findDocuments(req: PayloadRequest, raw: Raw): Promise<Response> {
  const parsed = parseDocumentSearchParams(raw)
  if (!parsed.ok) return errorResponse(400, parsed.message, headers)
  const site = await requestSiteId(req)
  const { hits, total, page, totalPages } = await searchDocuments({
    ...parsed.params,
    site: site ?? undefined,
  })
  return Response.json({ hits, total, page, totalPages }, { headers })
}
