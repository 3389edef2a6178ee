import type { Endpoint } from 'payload'

import { ROLES } from '../access/roles'
import { errorResponse } from '../lib/errorResponse'
import type { User } from '../payload-types'
import { hasRoleAnywhere } from '../sites/siteRoles'
import { findMyWork } from './findMyWork'

/** GET /api/my-work: "Việc của tôi" of the signed-in staff member (401 signed out, 403 not staff). */
export const myWorkEndpoint: Endpoint = {
  path: '/my-work',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Vui lòng đăng nhập.')
    if (!hasRoleAnywhere(req.user, ...ROLES))
      return errorResponse(403, 'Chỉ cán bộ của cổng thông tin có việc ở đây.')
    return Response.json(await findMyWork(req.payload, req.user as User), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
