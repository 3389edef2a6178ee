import type { Pool } from 'pg'

export type RatingSummary = { average: number; count: number; total: number }

/**
 * Records one visitor's score and returns the article's exact aggregate. The article's stats row
 * is locked first, so concurrent votes on one article are applied one after another and no
 * count or total is lost; the aggregate is recomputed from the ratings table, never incremented.
 */
export async function rateArticle(pool: Pool, articleId: number, visitor: string, score: number): Promise<RatingSummary> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('INSERT INTO article_stats (article_id) VALUES ($1) ON CONFLICT (article_id) DO NOTHING', [articleId])
    await client.query('SELECT 1 FROM article_stats WHERE article_id = $1 FOR UPDATE', [articleId])
    await client.query(
      `INSERT INTO ratings (article_id, visitor, score) VALUES ($1, $2, $3)
       ON CONFLICT (article_id, visitor) DO UPDATE SET score = EXCLUDED.score, updated_at = now()`,
      [articleId, visitor, score],
    )
    const { rows } = await client.query(
      `UPDATE article_stats s SET rating_count = a.count, rating_total = a.total, updated_at = now()
         FROM (SELECT count(*)::int AS count, coalesce(sum(score), 0)::int AS total FROM ratings WHERE article_id = $1) a
       WHERE s.article_id = $1
       RETURNING a.count, a.total`,
      [articleId],
    )
    await client.query('COMMIT')
    const { count, total } = rows[0] as { count: number; total: number }
    return { count, total, average: count ? Math.round((total / count) * 10) / 10 : 0 }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
