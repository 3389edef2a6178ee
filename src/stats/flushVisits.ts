import type { Pool } from 'pg'

import { addArticleViewsSql } from './articleStats'
import type { HitRows } from './hitColumns'
import { VISIT_TIME_ZONE } from './visitDay'

/** One visit per visitor per page per 30 minutes, decided in the database across instances. */
export const REPEAT_MINUTES = 30

/**
 * Writes a batch of beacons in ONE statement (one database write per flush):
 * - `visit_seen` (one unlogged row per site, visitor and page, kept about an hour) decides what
 *   counts: a visitor's first hit on a page, or one 30 minutes or more after the last counted
 *   one; it also keeps when they were last seen ("Đang truy cập"). The upsert's RETURNING old/new
 *   (Postgres 18) tells which rows counted; concurrent flushes of two instances wait for each
 *   other on the same row, so every hit is counted exactly once or refused exactly once.
 * - what counted is added to the per-page and per-site days, the hours, and article_stats.views.
 * Rows go in key order in every table, so two flushes lock rows in the same order (no deadlock).
 * Returns the visits counted.
 */
export async function flushVisits(pool: Pool, hits: HitRows): Promise<number> {
  if (!hits.at.length) return 0
  const { rows } = await pool.query<{ counted: number }>(
    `WITH seen AS (
       INSERT INTO visit_seen AS v (site_id, visitor, path, counted_at, seen_at)
       SELECT site_id, visitor, path, to_timestamp(min(at) / 1000), to_timestamp(max(at) / 1000)
         FROM unnest($1::int[], $2::text[], $3::text[], $4::float8[]) AS h(site_id, visitor, path, at)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
       ON CONFLICT (site_id, visitor, path) DO UPDATE SET
         counted_at = CASE WHEN v.counted_at <= excluded.counted_at - make_interval(mins => ${REPEAT_MINUTES})
                           THEN excluded.counted_at ELSE v.counted_at END,
         seen_at = greatest(v.seen_at, excluded.seen_at)
       RETURNING new.site_id, new.path, new.counted_at,
                 old.counted_at IS DISTINCT FROM new.counted_at AS counts
     ),
     counted AS (
       SELECT site_id, path, counted_at,
              to_char(counted_at AT TIME ZONE '${VISIT_TIME_ZONE}', 'YYYY-MM-DD') AS day
         FROM seen WHERE counts
     ),
     pages AS (
       SELECT c.site_id, c.day, c.path, count(*)::int AS visits,
              (SELECT a.id FROM articles a
                WHERE c.path LIKE '/tin-tuc/%' AND a.slug = substr(c.path, 10)
                  AND a._status = 'published'
                  AND (a.site_id = c.site_id OR EXISTS (SELECT 1 FROM articles_rels r
                        WHERE r.parent_id = a.id AND r.path = 'alsoOn' AND r.sites_id = c.site_id))
                ORDER BY (a.site_id = c.site_id) DESC, a.id LIMIT 1) AS article_id
         FROM counted c GROUP BY c.site_id, c.day, c.path
     ),
     page_days AS (
       INSERT INTO visit_page_days AS p (site_id, day, path, article_id, visits)
       SELECT site_id, day, path, article_id, visits FROM pages ORDER BY 1, 2, 3
       ON CONFLICT (site_id, day, path) DO UPDATE SET visits = p.visits + excluded.visits,
         article_id = coalesce(excluded.article_id, p.article_id)
     ),
     site_days AS (
       INSERT INTO visit_site_days AS d (site_id, day, visits)
       SELECT site_id, day, sum(visits) FROM pages GROUP BY 1, 2 ORDER BY 1, 2
       ON CONFLICT (site_id, day) DO UPDATE SET visits = d.visits + excluded.visits
     ),
     hours AS (
       INSERT INTO visit_hours AS x (site_id, hour, visits)
       SELECT site_id, date_trunc('hour', counted_at, 'UTC'), count(*) FROM counted
        GROUP BY 1, 2 ORDER BY 1, 2
       ON CONFLICT (site_id, hour) DO UPDATE SET visits = x.visits + excluded.visits
     ),
     article_views AS (${addArticleViewsSql('pages')})
     SELECT coalesce(sum(visits), 0)::int AS counted FROM pages`,
    [hits.siteIds, hits.visitors, hits.paths, hits.at], // times in ms: cheaper than ISO text
  )
  return rows[0].counted
}
