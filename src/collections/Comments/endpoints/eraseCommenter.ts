import type { Endpoint, Where } from 'payload'

import { hasRole } from '../../../access/roles'
import { errorResponse } from '../../../lib/errorResponse'

/**
 * POST /api/comments/erase { email? , ipHash? } (admins): deletes every comment of one person,
 * found by email or address hash, with the data they carry. Answers how many were erased.
 */
export const eraseCommenterEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return errorResponse(403, 'Chỉ quản trị viên được xóa dữ liệu cá nhân.')
    }
    const body = (await req.json?.().catch(() => null)) as {
      email?: unknown
      ipHash?: unknown
    } | null
    const email = typeof body?.email === 'string' ? body.email.trim() : ''
    const ipHash = typeof body?.ipHash === 'string' ? body.ipHash.trim() : ''
    if (!email && !ipHash) return errorResponse(400, 'Cần thư điện tử hoặc mã địa chỉ mạng.')
    const where: Where = {
      or: [
        ...(email ? [{ authorEmail: { equals: email } }] : []),
        ...(ipHash ? [{ ipHash: { equals: ipHash } }] : []),
      ],
    }
    const { docs } = await req.payload.delete({
      collection: 'comments',
      where,
      overrideAccess: true,
      req,
    })
    return Response.json({ erased: docs.length })
  },
}
