import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { executeSql } from '../../lib/executeSql'
import { queueSearchSync } from '../../search/queueSearchSync'
import { siteSlugs } from '../../site/revalidateHooks'
import { revalidateSite } from '../../site/revalidateSite'

/**
 * Adds sites to, and removes sites from, an article's `alsoOn` for the share, unshare and accept endpoints, by writing
 * the relationship rows directly, in the request's transaction. Not `payload.update`: on an
 * article with a pending draft it would copy that draft into the live row (Payload #13267) and
 * publish unreviewed text, and it would add a version just to say "also on the province".
 * So only the `alsoOn` rows change, on the live row and on the latest version (the pending draft,
 * or the live one): a later publish of the draft, or a save compared with it, keeps the sharing.
 * Callers check the sharing rule themselves (checkAlsoOnChange).
 */
export async function writeAlsoOn(
  req: PayloadRequest,
  articleId: number,
  change: { add?: number[]; remove?: number[] },
): Promise<void> {
  await changeRows(req, 'articles_rels', articleId, 'alsoOn', change)
  const [latest] = await executeSql(
    req,
    sql`SELECT id FROM _articles_v WHERE parent_id = ${articleId} AND latest
        ORDER BY updated_at DESC LIMIT 1`,
  )
  if (latest) await changeRows(req, '_articles_v_rels', Number(latest.id), 'version.alsoOn', change)
  // The search document and the public pages of the sites concerned follow the change.
  await queueSearchSync(req, articleId)
  // Only the sites gained or lost list something new; the origin's pages do not change.
  revalidateSite(await siteSlugs(req, [...(change.add ?? []), ...(change.remove ?? [])]))
}

/** Each row set (live, latest version) keeps its own other sites; `add` goes after them. */
async function changeRows(
  req: PayloadRequest,
  table: 'articles_rels' | '_articles_v_rels',
  parent: number,
  path: string,
  { add = [], remove = [] }: { add?: number[]; remove?: number[] },
) {
  const touched = [...add, ...remove]
  if (!touched.length) return
  await executeSql(
    req,
    sql`DELETE FROM ${sql.identifier(table)} WHERE parent_id = ${parent} AND path = ${path}
        AND sites_id IN (${sql.join(
          touched.map((s) => sql`${s}`),
          sql`, `,
        )})`,
  )
  if (!add.length) return
  const [{ last }] = await executeSql(
    req,
    sql`SELECT coalesce(max("order"), 0) AS last FROM ${sql.identifier(table)}
        WHERE parent_id = ${parent} AND path = ${path}`,
  )
  const rows = add.map((site, i) => sql`(${Number(last) + i + 1}, ${parent}, ${path}, ${site})`)
  await executeSql(
    req,
    sql`INSERT INTO ${sql.identifier(table)} ("order", parent_id, path, sites_id)
        VALUES ${sql.join(rows, sql`, `)}`,
  )
}
