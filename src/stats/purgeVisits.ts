import type { Pool } from 'pg'

export const HOURS_KEPT_DAYS = 30
/** Longer than the 30-minute rule and the 5 minutes of "Đang truy cập" need. */
export const SEEN_KEPT_MINUTES = 60

/**
 * The worker's purge (src/launcher/worker.ts, every 10 minutes): visitor hashes not seen for an
 * hour (the 30-minute rule and "online" no longer need them), hourly counts older than 30 days.
 * Daily counts are kept forever. Returns the rows removed per table.
 */
export async function purgeVisits(pool: Pool, now = new Date()) {
  const { rows } = await pool.query<{ visitors: number; hours: number }>(
    `WITH visitors AS (DELETE FROM visit_seen
                        WHERE seen_at < $1::timestamptz - make_interval(mins => ${SEEN_KEPT_MINUTES}) RETURNING 1),
          hours AS (DELETE FROM visit_hours
                     WHERE hour < $1::timestamptz - make_interval(days => ${HOURS_KEPT_DAYS}) RETURNING 1)
     SELECT (SELECT count(*) FROM visitors)::int AS visitors, (SELECT count(*) FROM hours)::int AS hours`,
    [now.toISOString()],
  )
  return rows[0]
}
