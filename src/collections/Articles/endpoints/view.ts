import type { Endpoint } from 'payload'

import { errorResponse } from '../../../lib/errorResponse'
import { sqlPool } from '../../../lib/sqlPool'
import { countView } from '../../../stats/articleStats'

/**
 * POST /api/articles/{id}/view → 204: one more view of a published article. One atomic SQL
 * statement on article_stats (stats/articleStats.ts), never a write to the versioned article.
 */
export const viewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id < 1) return errorResponse(400, 'Mã tin bài không hợp lệ.')
    const counted = await countView(sqlPool(req.payload), id)
    return counted
      ? new Response(null, { status: 204 })
      : errorResponse(404, 'Không tìm thấy tin bài.')
  },
}
