import type { Payload } from 'payload'

import { sqlPool } from '../../lib/sqlPool'
import type { QueueFilters } from './queueFilters'

export type QueueArticle = { id: number; title: string; count: number }

/**
 * The articles that have comments in the queue's status on the given sites ('all': every site),
 * most comments first: the choices of the queue's article filter.
 */
export async function queueArticles(
  payload: Payload,
  sites: 'all' | number[],
  status: QueueFilters['status'],
): Promise<QueueArticle[]> {
  if (sites !== 'all' && !sites.length) return []
  const { rows } = await sqlPool(payload).query<{ id: number; title: string; count: string }>(
    `SELECT a.id, a.title, count(*) AS count
       FROM comments c JOIN articles a ON a.id = c.article_id
      WHERE c.status = $1 AND ($2::int[] IS NULL OR c.site_id = ANY($2::int[]))
      GROUP BY a.id, a.title
      ORDER BY count(*) DESC, a.id DESC
      LIMIT 200`,
    [status, sites === 'all' ? null : sites],
  )
  return rows.map((r) => ({ id: r.id, title: r.title, count: Number(r.count) }))
}
