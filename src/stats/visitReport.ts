import type { Pool } from 'pg'

/**
 * The staff's figures for a period (local days 'YYYY-MM-DD', both included) and a set of sites:
 * the admin view (src/stats/admin/) and the XLSX report (src/stats/visitReportWorkbook.ts) read
 * the same functions. Views of an article are the visits of its page on those sites.
 */
export type Period = { sites: number[]; from: string; to: string }

const articleViews = `SELECT article_id, sum(visits) AS visits FROM visit_page_days
  WHERE site_id = ANY($1::int[]) AND day BETWEEN $2 AND $3 AND article_id IS NOT NULL
  GROUP BY article_id`

const args = (p: Period) => [p.sites, p.from, p.to]

export async function visitsByDay(pool: Pool, p: Period) {
  const { rows } = await pool.query<{ day: string; visits: number }>(
    `SELECT day, sum(visits)::int AS visits FROM visit_site_days
      WHERE site_id = ANY($1::int[]) AND day BETWEEN $2 AND $3 GROUP BY day ORDER BY day`,
    args(p),
  )
  return rows
}

export async function topArticles(pool: Pool, p: Period, limit = 10) {
  const { rows } = await pool.query<{ id: number; title: string; visits: number }>(
    `SELECT a.id, a.title, v.visits::int AS visits FROM (${articleViews}) v
       JOIN articles a ON a.id = v.article_id ORDER BY v.visits DESC, a.id LIMIT $4`,
    [...args(p), limit],
  )
  return rows
}

export async function visitsByCategory(pool: Pool, p: Period) {
  const { rows } = await pool.query<{ category: string; articles: number; visits: number }>(
    `SELECT coalesce(c.title, 'Không có chuyên mục') AS category, count(*)::int AS articles,
            sum(v.visits)::int AS visits
       FROM (${articleViews}) v JOIN articles a ON a.id = v.article_id
       LEFT JOIN categories c ON c.id = a.category_id
      GROUP BY c.id, c.title ORDER BY visits DESC, category`,
    args(p),
  )
  return rows
}

/** Per author (who created the article): articles published in the period, views of their articles. */
export async function visitsByAuthor(pool: Pool, p: Period) {
  const { rows } = await pool.query<{ author: string; published: number; visits: number }>(
    `WITH by_author AS (
       SELECT a.created_by_id AS user_id, 0 AS published, v.visits
         FROM (${articleViews}) v JOIN articles a ON a.id = v.article_id
       UNION ALL
       SELECT created_by_id, 1, 0 FROM articles
        WHERE site_id = ANY($1::int[]) AND _status = 'published'
          AND to_char(published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') BETWEEN $2 AND $3)
     SELECT coalesce(u.name, 'Không rõ tác giả') AS author, sum(b.published)::int AS published,
            sum(b.visits)::int AS visits
       FROM by_author b LEFT JOIN users u ON u.id = b.user_id
      GROUP BY u.id, u.name ORDER BY visits DESC, published DESC, author`,
    args(p),
  )
  return rows
}

/** Every site of `p.sites`, the main site first: visits and article views in the period. */
export async function visitsBySite(pool: Pool, p: Period) {
  const { rows } = await pool.query<{ site: string; visits: number; articleViews: number }>(
    `SELECT s.name AS site, coalesce(d.visits, 0)::int AS visits,
            coalesce(v.views, 0)::int AS "articleViews"
       FROM sites s
       LEFT JOIN (SELECT site_id, sum(visits) AS visits FROM visit_site_days
                   WHERE day BETWEEN $2 AND $3 GROUP BY site_id) d ON d.site_id = s.id
       LEFT JOIN (SELECT site_id, sum(visits) AS views FROM visit_page_days
                   WHERE day BETWEEN $2 AND $3 AND article_id IS NOT NULL GROUP BY site_id) v
              ON v.site_id = s.id
      WHERE s.id = ANY($1::int[])
      ORDER BY (s.parent_id IS NOT NULL), visits DESC, s.name`,
    args(p),
  )
  return rows
}
