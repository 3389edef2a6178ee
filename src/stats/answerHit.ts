import type { Pool } from 'pg'

import { errorResponse } from '../lib/errorResponse'
import { parseHitBody, recordHit } from './readHit'
import { processVisitBuffer } from './visitsInProcess'

/**
 * POST /api/stats/hit `{ path }` → 204 (400 JSON for a body that is not one): the beacon goes
 * into this instance's buffer; nothing is written to the database on the request's path. Used by
 * the Next route (src/app/(payload)/api/stats/hit/route.ts) and Payload's endpoint alike.
 */
export async function answerHit(
  request: { text: () => Promise<string>; headers: Headers },
  pool: Pool,
  siteId: () => Promise<number | null>,
): Promise<Response> {
  if (Number(request.headers.get('content-length') ?? 0) > 2048)
    return errorResponse(400, 'Dữ liệu gửi lên quá dài.')
  const path = parseHitBody(await request.text().catch(() => ''))
  if (!path) return errorResponse(400, 'Dữ liệu gửi lên không hợp lệ: cần { "path": "/…" }.')
  const site = await siteId()
  if (site !== null)
    recordHit(await processVisitBuffer(pool), { siteId: site, path, headers: request.headers })
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } })
}
