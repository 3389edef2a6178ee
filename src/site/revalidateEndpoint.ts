import { timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { isSiteSlug } from '../sites/siteParam'
import { revalidateLocally } from './revalidateSite'
import { revalidateToken } from './revalidateToken'

/**
 * POST /api/revalidate: lets the jobs worker (another process) and peer instances refresh this
 * server's pages. Body `{ "sites": ["xa-an-hoa", …] }` refreshes those sites only; no body
 * refreshes every site (the launcher, after a build).
 */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get('x-revalidate-token') ?? '')
    const expected = Buffer.from(revalidateToken())
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return errorResponse(403, 'Không có quyền.')
    }
    const body = req.json ? await req.json().catch(() => undefined) : undefined
    const sites = (body as { sites?: unknown } | undefined)?.sites
    if (
      sites !== undefined &&
      !(Array.isArray(sites) && sites.every((s) => typeof s === 'string' && isSiteSlug(s)))
    ) {
      return errorResponse(400, 'Danh sách trang đơn vị không hợp lệ.')
    }
    revalidateLocally(sites as string[] | undefined)
    return Response.json({ revalidated: true, sites: sites ?? 'all' })
  },
}
