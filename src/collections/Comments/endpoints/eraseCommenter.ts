import type { Endpoint, Where } from 'payload'

import { hasRole } from '../../../access/roles'

/**
 * POST /api/comments/erase { email? , ipHash? } (admins): deletes every comment of one person,
 * found by email or address hash, with the data they carry. Answers how many were erased.
 */
export const eraseCommenterEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: 'Chỉ quản trị viên được xóa dữ liệu cá nhân.' }] }, { status: 403 })
    const body = (await req.json?.().catch(() => null)) as { email?: unknown; ipHash?: unknown } | null
    const email = typeof body?.email === 'string' ? body.email.trim() : ''
    const ipHash = typeof body?.ipHash === 'string' ? body.ipHash.trim() : ''
    if (!email && !ipHash) return Response.json({ errors: [{ message: 'Cần thư điện tử hoặc mã địa chỉ mạng.' }] }, { status: 400 })
    const where: Where = { or: [...(email ? [{ authorEmail: { equals: email } }] : []), ...(ipHash ? [{ ipHash: { equals: ipHash } }] : [])] }
    const { docs } = await req.payload.delete({ collection: 'comments', where, overrideAccess: true, req })
    return Response.json({ erased: docs.length })
  },
}
