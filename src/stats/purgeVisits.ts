import type { Pool } from 'pg'

import { localDayKey } from './visitDay'
import { ONLINE_MINUTES } from './readVisitSummary'

export const HOURS_KEPT_DAYS = 30

/**
 * The worker's purge (src/launcher/worker.ts, every 10 minutes): the visitor hashes of days that
 * are over and of visitors gone for more than 5 minutes, and hourly counts older than 30 days.
 * Daily counts are kept forever. Returns the rows removed per table.
 */
export async function purgeVisits(pool: Pool, now = new Date()) {
  const { rows } = await pool.query<{ visitors: number; online: number; hours: number }>(
    `WITH visitors AS (DELETE FROM visit_visitors WHERE day < $1 RETURNING 1),
          online AS (DELETE FROM visit_online
                      WHERE seen_at < $2::timestamptz - make_interval(mins => ${ONLINE_MINUTES}) RETURNING 1),
          hours AS (DELETE FROM visit_hours
                     WHERE hour < $2::timestamptz - make_interval(days => ${HOURS_KEPT_DAYS}) RETURNING 1)
     SELECT (SELECT count(*) FROM visitors)::int AS visitors, (SELECT count(*) FROM online)::int AS online,
            (SELECT count(*) FROM hours)::int AS hours`,
    [localDayKey(now), now.toISOString()],
  )
  return rows[0]
}
