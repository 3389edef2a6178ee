import type { Endpoint } from 'payload'

import { errorResponse } from '../../../lib/errorResponse'
import { sqlPool } from '../../../lib/sqlPool'

/**
 * POST /api/articles/{id}/view → 204: one more view of a published article. One atomic SQL
 * statement on article_stats, never a write to the versioned article.
 */
export const viewEndpoint: Endpoint = {
  path: '/:id/view',
  method: 'post',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id < 1) return errorResponse(400, 'Mã tin bài không hợp lệ.')
    const { rowCount } = await sqlPool(req.payload).query(
      `INSERT INTO article_stats (article_id, views)
         SELECT id, 1 FROM articles WHERE id = $1 AND _status = 'published'
       ON CONFLICT (article_id) DO UPDATE SET views = article_stats.views + 1, updated_at = now()`,
      [id],
    )
    return rowCount ? new Response(null, { status: 204 }) : errorResponse(404, 'Không tìm thấy tin bài.')
  },
}
