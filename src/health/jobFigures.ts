import type { Pool, PoolClient } from 'pg'

import { OVERDUE_AFTER_SQL } from './overdueArticles'
import { within } from '../lib/within'

export type JobFigures = {
  /** Jobs waiting to run or retrying (not done, not failed, not scheduled for later). */
  queued: number
  /** Jobs that gave up (retries exhausted or cancelled): someone should look at them. */
  failed: number
  /** How long the oldest queued job has been due, in whole seconds; 0 when none is. */
  oldestQueuedSeconds: number
  /** Jobs not yet tried whose time is still to come (scheduled publishing). */
  scheduled: number
  /** Approved articles whose publishing time passed more than 5 minutes ago and that are still not live. */
  overdue: number
}

// A job "has been due" since its first attempt (payload_jobs_log), or, never tried, since it was
// queued or its waitUntil came: a retry's backoff moves wait_until, so it cannot be the clock.
// One statement, one round trip; every figure comes from indexed columns.
const FIGURES_SQL = `
WITH open_jobs AS (
  SELECT j.id, j.total_tried, j.created_at, j.wait_until,
         (coalesce(j.total_tried, 0) = 0 AND coalesce(j.wait_until > now(), false)) AS later
  FROM payload_jobs j
  WHERE j.completed_at IS NULL AND j.has_error IS NOT TRUE
)
SELECT
  (SELECT count(*) FROM open_jobs WHERE NOT later)::int AS queued,
  (SELECT count(*) FROM open_jobs WHERE later)::int AS scheduled,
  (SELECT count(*) FROM payload_jobs WHERE completed_at IS NULL AND has_error IS TRUE)::int AS failed,
  (SELECT coalesce(floor(extract(epoch FROM now() - min(
      CASE WHEN coalesce(o.total_tried, 0) = 0 THEN greatest(o.created_at, coalesce(o.wait_until, o.created_at))
           ELSE coalesce((SELECT min(l.executed_at) FROM payload_jobs_log l WHERE l._parent_id = o.id), o.created_at)
      END))), 0)
   FROM open_jobs o WHERE NOT o.later)::int AS "oldestQueuedSeconds",
  (SELECT count(*) FROM articles
   WHERE workflow_state = 'published' AND _status <> 'published'
     AND published_at < now() - ${OVERDUE_AFTER_SQL})::int AS overdue
`

/** The jobs queue and scheduled publishing in figures; rejects after `timeoutMs`. */
export async function readJobFigures(pool: Pool, timeoutMs: number): Promise<JobFigures> {
  const client = await connectWithin(pool, timeoutMs)
  try {
    // One round trip: several statements in one simple query form one implicit transaction, so
    // SET LOCAL bounds this query on the server too and lapses with it (the pooled connection
    // keeps Payload's settings).
    const limit = Math.max(1, Math.floor(timeoutMs))
    const results = (await within(
      client.query(`SET LOCAL statement_timeout = ${limit};\n${FIGURES_SQL}`),
      timeoutMs,
    )) as unknown as { rows: JobFigures[] }[]
    client.release()
    return results[1].rows[0]
  } catch (error) {
    // A connection that failed or timed out is dropped, not reused.
    client.release(true)
    throw error
  }
}

/** A pooled connection within `ms`; one that arrives later goes straight back to the pool. */
async function connectWithin(pool: Pool, ms: number): Promise<PoolClient> {
  let late = false
  const connecting = pool.connect()
  connecting.then(
    (client) => late && client.release(),
    () => {},
  )
  try {
    return await within(connecting, ms)
  } catch (error) {
    late = true
    throw error
  }
}
