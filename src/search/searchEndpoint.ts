import type { Endpoint } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { requestSiteId } from '../sites/requestSite'
import { isCategoryOfSite } from './isCategoryOfSite'
import { SearchUnavailableError } from './client'
import { parseSearchParams } from './parseSearchParams'
import { searchArticles } from './searchArticles'

export const SEARCH_UNAVAILABLE_MESSAGE =
  'Chức năng tìm kiếm tạm thời không khả dụng. Vui lòng thử lại sau ít phút.'

const headers = { 'Cache-Control': 'no-store' }

/**
 * GET /api/search?q=&category=&from=&to=&page=&limit=&subsites=1 → { hits, total, page, totalPages }.
 * Searches the request's site (Host or x-portal-site: its own articles and those shared to it;
 * `subsites=1` adds its child sites' articles). 400 with a Vietnamese message for invalid
 * parameters (a category id of another site included), 503 while Meilisearch is unreachable.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(Object.fromEntries(new URL(req.url!).searchParams))
    if (!parsed.ok) return errorResponse(400, parsed.message, headers)
    const site = await requestSiteId(req)
    const params = { ...parsed.params, site: site ?? undefined }
    if (params.category && 'id' in params.category && site !== null)
      if (!(await isCategoryOfSite(req, params.category.id, site, params.withSubsites)))
        return errorResponse(400, 'Chuyên mục không hợp lệ.', headers)
    try {
      const { hits, total, page, totalPages } = await searchArticles(params)
      return Response.json({ hits, total, page, totalPages }, { headers })
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error
      req.payload.logger.warn(error.message)
      return errorResponse(503, SEARCH_UNAVAILABLE_MESSAGE, { ...headers, 'Retry-After': '30' })
    }
  },
}
