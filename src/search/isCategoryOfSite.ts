import type { Pool } from 'pg'

/**
 * Whether a category belongs to the site searched (or, with its child sites, to one of them):
 * another site's category id is not a filter of this site's search.
 */
export async function isCategoryOfSite(
  pool: Pool,
  categoryId: number,
  site: number,
  withSubsites = false,
): Promise<boolean> {
  const { rows } = await pool.query<{ site_id: number; parent_id: number | null }>(
    'SELECT c.site_id, s.parent_id FROM categories c JOIN sites s ON s.id = c.site_id WHERE c.id = $1',
    [categoryId],
  )
  const owner = rows[0]
  if (!owner) return false
  return owner.site_id === site || (withSubsites && owner.parent_id === site)
}
