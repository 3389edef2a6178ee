import type { Pool } from 'pg'

/**
 * The site a request addresses, in one statement of three index lookups: the site of the
 * /don-vi/{slug} prefix (`slug`), else the site whose `domains` hold `host`, else the main site
 * (the one without a parent). Read on every request, never cached in memory, so a site created
 * on one instance is known to every instance at once.
 */
export async function siteIdFor(
  pool: Pool,
  slug: string | null,
  host: string | null,
): Promise<number | null> {
  const { rows } = await pool.query<{ id: number }>(
    `(SELECT id, 0 AS pick FROM sites WHERE slug = $1 LIMIT 1)
     UNION ALL
     (SELECT s.id, 1 FROM sites_texts t JOIN sites s ON s.id = t.parent_id
       WHERE t.path = 'domains' AND t.text = $2 ORDER BY s.id LIMIT 1)
     UNION ALL
     (SELECT id, 2 FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1)
     ORDER BY pick LIMIT 1`,
    [slug, host],
  )
  return rows[0] ? Number(rows[0].id) : null
}
