import { revalidatePath } from 'next/cache'
import { timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { revalidateToken } from './revalidateToken'

/** POST /api/revalidate: lets the jobs worker (another process) refresh this server's pages. */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get('x-revalidate-token') ?? '')
    const expected = Buffer.from(revalidateToken())
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return errorResponse(403, 'Không có quyền.')
    }
    revalidatePath('/', 'layout')
    return Response.json({ revalidated: true })
  },
}
