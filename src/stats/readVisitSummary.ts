import type { Pool } from 'pg'

import { localDayKey, monthStartKey } from './visitDay'

export type VisitSummary = { online: number; today: number; month: number; total: number }

/** "Đang truy cập": distinct visitors seen in the last 5 minutes. */
export const ONLINE_MINUTES = 5

/**
 * The footer's figures for one site, in one read: visitors seen in the last 5 minutes, visits
 * counted today, this month and ever (Vietnam's days, src/stats/visitDay.ts).
 */
export async function readVisitSummary(
  pool: Pool,
  siteId: number,
  now = new Date(),
): Promise<VisitSummary> {
  const today = localDayKey(now)
  const { rows } = await pool.query<VisitSummary>(
    `SELECT
       (SELECT count(DISTINCT visitor) FROM visit_seen WHERE site_id = $1
         AND seen_at > $2::timestamptz - make_interval(mins => ${ONLINE_MINUTES}))::int AS online,
       (SELECT coalesce(sum(visits), 0) FROM visit_site_days WHERE site_id = $1 AND day = $3)::int AS today,
       (SELECT coalesce(sum(visits), 0) FROM visit_site_days
         WHERE site_id = $1 AND day >= $4 AND day <= $3)::int AS month,
       (SELECT coalesce(sum(visits), 0) FROM visit_site_days WHERE site_id = $1)::bigint::float8 AS total`,
    [siteId, now.toISOString(), today, monthStartKey(today)],
  )
  return rows[0]
}

const recent = new Map<number, { at: number; summary: Promise<VisitSummary> }>()
export const SUMMARY_CACHE_MS = 5000

/** The same, read at most once per 5 s per site and instance (the footer and the public API). */
export function cachedVisitSummary(pool: Pool, siteId: number): Promise<VisitSummary> {
  const now = Date.now()
  const held = recent.get(siteId)
  if (held && now - held.at < SUMMARY_CACHE_MS) return held.summary
  const summary = readVisitSummary(pool, siteId)
  recent.set(siteId, { at: now, summary })
  summary.catch(() => recent.delete(siteId))
  return summary
}
