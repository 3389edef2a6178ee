import type { Pool } from 'pg'

import { addArticleViewsSql } from './articleStats'
import { localDayKey } from './visitDay'

/** A beacon as the buffer holds it: the first time it came and the last (`seen`). */
export type BufferedHit = { siteId: number; path: string; visitor: string; at: Date; seen?: Date }

/** One visit per visitor per page per 30 minutes, decided in the database across instances. */
export const REPEAT_MINUTES = 30

/**
 * Writes a batch of beacons in ONE statement (one database write per flush):
 * - `visit_visitors` decides what counts: a visitor's first hit on a page that day, or one 30
 *   minutes or more after the last counted one. INSERT … ON CONFLICT … DO UPDATE … WHERE returns
 *   only those; concurrent flushes of two instances wait for each other on the same row, so
 *   every hit is counted exactly once or refused exactly once.
 * - `visit_online` keeps when each visitor was last seen ("Đang truy cập").
 * - what counted is added to the per-page and per-site days, the hours, and article_stats.views.
 * Rows go in key order in every table, so two flushes lock rows in the same order (no deadlock).
 * Returns the visits counted.
 */
export async function flushVisits(pool: Pool, hits: BufferedHit[]): Promise<number> {
  if (!hits.length) return 0
  const { rows } = await pool.query<{ counted: number }>(
    `WITH hits AS (
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[],
                            $5::timestamptz[], $6::text[]) AS h(site_id, path, visitor, at, seen, day)
     ),
     counted AS (
       INSERT INTO visit_visitors AS v (day, site_id, path, visitor, counted_at)
       SELECT day, site_id, path, visitor, at FROM hits ORDER BY day, site_id, path, visitor
       ON CONFLICT (day, site_id, path, visitor) DO UPDATE SET counted_at = excluded.counted_at
         WHERE v.counted_at <= excluded.counted_at - make_interval(mins => ${REPEAT_MINUTES})
       RETURNING v.day, v.site_id, v.path, v.counted_at
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
     online AS (
       INSERT INTO visit_online AS o (site_id, visitor, seen_at)
       SELECT site_id, visitor, max(seen) FROM hits GROUP BY site_id, visitor ORDER BY 1, 2
       ON CONFLICT (site_id, visitor) DO UPDATE SET seen_at = greatest(o.seen_at, excluded.seen_at)
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
    [
      hits.map((h) => h.siteId),
      hits.map((h) => h.path),
      hits.map((h) => h.visitor),
      hits.map((h) => h.at.toISOString()),
      hits.map((h) => (h.seen ?? h.at).toISOString()),
      hits.map((h) => localDayKey(h.at)), // the day of the hash's salt (src/stats/visitorHash.ts)
    ],
  )
  return rows[0].counted
}
