import type { Endpoint } from 'payload'

import { errorResponse } from '../../../lib/errorResponse'
import { hasRoleAnywhere } from '../../../sites/siteRoles'

/**
 * GET /api/comments/pending-count (moderators and admins) → { pending }: the comments waiting on
 * the sites they moderate, counted with their own access. Polled by the admin navigation.
 */
export const pendingCountEndpoint: Endpoint = {
  path: '/pending-count',
  method: 'get',
  handler: async (req) => {
    if (!hasRoleAnywhere(req.user, 'admin', 'moderator'))
      return errorResponse(403, 'Chỉ kiểm duyệt viên và quản trị viên xem được số bình luận chờ.')
    const { totalDocs } = await req.payload.count({
      collection: 'comments',
      where: { status: { equals: 'pending' } },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ pending: totalDocs }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
