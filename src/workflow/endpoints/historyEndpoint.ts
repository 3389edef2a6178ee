import type { Endpoint } from 'payload'

import { ROLES } from '../../access/roles'
import { errorResponse } from '../../lib/errorResponse'
import { hasRoleAnywhere, hasRoleOnSite } from '../../sites/siteRoles'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from '../workflowCollections'

/**
 * GET /api/{articles|documents}/{id}/history → { docs: [{ from, to, by, at, note, correction }] },
 * oldest first (`correction: true` for the moves of a correction to a live item); staff of the
 * item's site (or of every site) only.
 */
export const historyEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/history',
  method: 'get',
  handler: async (req) => {
    const { transitions, on, noun } = WORKFLOW_COLLECTIONS[collection]
    if (!hasRoleAnywhere(req.user, ...ROLES)) {
      return errorResponse(403, 'Chỉ cán bộ của cổng mới xem được lịch sử.')
    }
    const id = String(req.routeParams?.id)
    const item = /^\d+$/.test(id)
      ? await req.payload
          .findByID({
            collection,
            id,
            overrideAccess: true,
            draft: true,
            depth: 0,
            select: { site: true },
            disableErrors: true,
            req,
          })
          .catch(() => null)
      : null
    // Another site's item is "not found" to this site's staff, as in every list they see.
    if (!item || !hasRoleOnSite(req.user, item.site, ...ROLES)) {
      return errorResponse(404, `Không tìm thấy ${noun}.`)
    }
    const { docs } = await req.payload.find({
      collection: transitions,
      where: { [on]: { equals: id } },
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
        correction: Boolean((t as { correction?: boolean }).correction),
      })),
    })
  },
})
