import type { Endpoint } from 'payload'

import { hasRole, ROLES } from '../../../access/roles'
import { errorResponse } from '../../../lib/errorResponse'

/** GET /api/articles/{id}/history → { docs: [{ from, to, by, at, note }] }, oldest first; staff only. */
export const historyEndpoint: Endpoint = {
  path: '/:id/history',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...ROLES)) {
      return errorResponse(403, 'Chỉ cán bộ của cổng mới xem được lịch sử.')
    }
    const id = String(req.routeParams?.id)
    const exists = await req.payload
      .count({
        collection: 'articles',
        where: { id: { equals: id } },
        overrideAccess: true,
        req,
      })
      .catch(() => ({ totalDocs: 0 }))
    if (!exists.totalDocs) {
      return errorResponse(404, 'Không tìm thấy tin bài.')
    }
    const { docs } = await req.payload.find({
      collection: 'article-transitions',
      where: { article: { equals: id } },
      sort: ['at', 'id'],
      limit: 0,
      depth: 1,
      overrideAccess: true,
      req,
    })
    return Response.json({
      docs: docs.map((t) => ({
        from: t.from,
        to: t.to,
        by:
          t.by && typeof t.by === 'object'
            ? { id: t.by.id, name: t.by.name, email: t.by.email }
            : (t.by ?? null),
        at: t.at,
        note: t.note ?? '',
      })),
    })
  },
}
