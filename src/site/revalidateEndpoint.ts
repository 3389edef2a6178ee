import { revalidatePath } from 'next/cache'
import { timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'

import { revalidateToken } from './revalidateSite'

/** POST /api/revalidate: lets the jobs worker (another process) refresh this server's pages. */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get('x-revalidate-token') ?? '')
    const expected = Buffer.from(revalidateToken())
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return Response.json({ errors: [{ message: 'Không có quyền.' }] }, { status: 403 })
    }
    revalidatePath('/', 'layout')
    return Response.json({ revalidated: true })
  },
}
