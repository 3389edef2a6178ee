import type { Pool } from 'pg'

import { cachedVisitSummary } from './readVisitSummary'

/**
 * GET /api/stats/summary → `{ online, today, month, total }` of the request's site: public,
 * cached 5 s by browsers and shared caches, and 5 s in this instance's memory.
 */
export async function answerSummary(pool: Pool, siteId: number | null): Promise<Response> {
  const summary =
    siteId === null
      ? { online: 0, today: 0, month: 0, total: 0 }
      : await cachedVisitSummary(pool, siteId)
  return Response.json(summary, {
    headers: { 'Cache-Control': 'public, max-age=5, s-maxage=5' },
  })
}
