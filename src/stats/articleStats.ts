import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Pool, PoolClient } from 'pg'

import { executeSql } from '../lib/executeSql'

/**
 * The one owner of `article_stats` (collection `article-stats`): reader counters that change on
 * every reader action, so they never live on the versioned article (a plain update of a
 * versioned document with a pending draft replaces the live version, Payload issue #13267).
 * Views, the rating aggregate and the approved-comment count are written here and nowhere else.
 */

/**
 * One more view of a published article, in one atomic statement; false when there is none. The
 * legacy POST /api/articles/{id}/view (pages count through POST /api/stats/hit now).
 */
export async function countView(pool: Pool, articleId: number): Promise<boolean> {
  const { rowCount } = await pool.query(
    `INSERT INTO article_stats (article_id, views)
       SELECT id, 1 FROM articles WHERE id = $1 AND _status = 'published'
     ON CONFLICT (article_id) DO UPDATE SET views = article_stats.views + 1, updated_at = now()`,
    [articleId],
  )
  return Boolean(rowCount)
}

/**
 * Article views counted by the visit statistics' flush (src/stats/flushVisits.ts), as one
 * sub-statement of its single batch statement: `source` names a set of rows with `article_id`
 * (null for pages that are not articles) and `visits`. Views are added, never recomputed.
 */
export const addArticleViewsSql = (source: string) => `
  INSERT INTO article_stats AS s (article_id, views, updated_at, created_at)
  SELECT article_id, sum(visits), now(), now() FROM ${source}
   WHERE article_id IS NOT NULL GROUP BY article_id ORDER BY article_id
  ON CONFLICT (article_id) DO UPDATE SET views = s.views + excluded.views, updated_at = now()`

/**
 * Inside the caller's transaction: makes sure the article's row exists and locks it, so
 * concurrent votes on one article are applied one after another.
 */
export async function lockArticleStats(client: PoolClient, articleId: number): Promise<void> {
  await client.query(
    'INSERT INTO article_stats (article_id) VALUES ($1) ON CONFLICT (article_id) DO NOTHING',
    [articleId],
  )
  await client.query('SELECT 1 FROM article_stats WHERE article_id = $1 FOR UPDATE', [articleId])
}

/** Inside the locking transaction: the rating aggregate recomputed from `ratings`, never incremented. */
export async function storeRatingAggregate(
  client: PoolClient,
  articleId: number,
): Promise<{ count: number; total: number }> {
  const { rows } = await client.query(
    `UPDATE article_stats s SET rating_count = a.count, rating_total = a.total, updated_at = now()
       FROM (SELECT count(*)::int AS count, coalesce(sum(score), 0)::int AS total FROM ratings WHERE article_id = $1) a
     WHERE s.article_id = $1
     RETURNING a.count, a.total`,
    [articleId],
  )
  return rows[0] as { count: number; total: number }
}

/** The article's approved comments counted again, in the request's transaction (a moderator's decision). */
export async function recountComments(req: PayloadRequest, articleId: number): Promise<void> {
  await executeSql(
    req,
    sql`INSERT INTO article_stats (article_id, comment_count)
          SELECT ${articleId}, count(*) FROM comments WHERE article_id = ${articleId} AND status = 'approved'
        ON CONFLICT (article_id) DO UPDATE SET comment_count = EXCLUDED.comment_count, updated_at = now()`,
  )
}

export type ArticleStatsView = {
  views: number
  ratingTotal: number
  ratingCount: number
  commentCount: number
}

// Public reads: Payload's read access applies (overrideAccess: false, no user).
const asPublic = { overrideAccess: false, draft: false, depth: 0 } as const

/** Reader counters of one article, zeros when nobody has read, rated or commented yet. */
export async function readArticleStats(
  payload: Payload,
  articleId: number,
): Promise<ArticleStatsView> {
  const { docs } = await payload.find({
    collection: 'article-stats',
    ...asPublic,
    where: { article: { equals: articleId } },
    limit: 1,
  })
  const s = docs[0]
  return {
    views: Number(s?.views ?? 0),
    ratingTotal: Number(s?.ratingTotal ?? 0),
    ratingCount: Number(s?.ratingCount ?? 0),
    commentCount: Number(s?.commentCount ?? 0),
  }
}

/**
 * Ids of the most viewed articles, most first (the caller keeps the published ones);
 * `articleWhere` narrows them, e.g. to one site's articles.
 */
export async function mostViewedArticleIds(
  payload: Payload,
  limit: number,
  articleWhere?: Where,
): Promise<number[]> {
  const viewed: Where = { views: { greater_than: 0 } }
  const { docs } = await payload.find({
    collection: 'article-stats',
    ...asPublic,
    where: articleWhere ? { and: [viewed, articleWhere] } : viewed,
    sort: '-views',
    limit,
  })
  return docs.map((d) => (typeof d.article === 'object' ? d.article.id : d.article))
}

/** An article's counters go with it (deleteReaderData, in the delete's transaction). */
export async function deleteArticleStats(
  req: PayloadRequest,
  articleId: number | string,
): Promise<void> {
  await req.payload.delete({
    collection: 'article-stats',
    where: { article: { equals: articleId } },
    req,
    overrideAccess: true,
  })
}
