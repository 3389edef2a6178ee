import type { Pool } from 'pg'

import { lockArticleStats, storeRatingAggregate } from '../stats/articleStats'

export type RatingSummary = { average: number; count: number; total: number }

/**
 * Records one visitor's score and returns the article's exact aggregate. The article's stats row
 * is locked first, so concurrent votes on one article are applied one after another and no
 * count or total is lost; the aggregate is recomputed from the ratings table, never incremented.
 */
export async function rateArticle(
  pool: Pool,
  articleId: number,
  visitor: string,
  score: number,
): Promise<RatingSummary> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await lockArticleStats(client, articleId)
    await client.query(
      `INSERT INTO ratings (article_id, visitor, score) VALUES ($1, $2, $3)
       ON CONFLICT (article_id, visitor) DO UPDATE SET score = EXCLUDED.score, updated_at = now()`,
      [articleId, visitor, score],
    )
    const { count, total } = await storeRatingAggregate(client, articleId)
    await client.query('COMMIT')
    return { count, total, average: count ? Math.round((total / count) * 10) / 10 : 0 }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
