import type { Endpoint } from 'payload'

import { errorResponse } from '../lib/errorResponse'

/** POST /api/notifications/read-all: marks every notification of the signed-in user read. */
export const markAllReadEndpoint: Endpoint = {
  path: '/read-all',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Vui lòng đăng nhập.')
    const { docs } = await req.payload.update({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: req.user.id } }, { read: { equals: false } }] },
      data: { read: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ updated: docs.length })
  },
}
