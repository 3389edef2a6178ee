import type { Endpoint } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { SearchUnavailableError } from './client'
import { parseSearchParams } from './parseSearchParams'
import { searchArticles } from './searchArticles'

export const SEARCH_UNAVAILABLE_MESSAGE =
  'Chức năng tìm kiếm tạm thời không khả dụng. Vui lòng thử lại sau ít phút.'

const headers = { 'Cache-Control': 'no-store' }

/**
 * GET /api/search?q=&category=&from=&to=&page=&limit= → { hits, total, page, totalPages }.
 * 400 with a Vietnamese message for invalid parameters, 503 while Meilisearch is unreachable.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const parsed = parseSearchParams(Object.fromEntries(new URL(req.url!).searchParams))
    if (!parsed.ok) return errorResponse(400, parsed.message, headers)
    try {
      const { hits, total, page, totalPages } = await searchArticles(parsed.params)
      return Response.json({ hits, total, page, totalPages }, { headers })
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error
      req.payload.logger.warn(error.message)
      return errorResponse(503, SEARCH_UNAVAILABLE_MESSAGE, { ...headers, 'Retry-After': '30' })
    }
  },
}
