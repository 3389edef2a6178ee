import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { executeSql } from '../lib/executeSql'
import { hostName } from './hostName'

/** Set by src/proxy.ts on /don-vi/{slug}/api/… requests: the site the caller addresses. */
export const SITE_HEADER = 'x-portal-site'

/**
 * The site a request addresses: the /don-vi/{slug} prefix, else the site whose `domains` hold the
 * Host header, else the main site (the one without a parent). Read from the database on every
 * request (cached on the request only), so a site created on one instance is known to every
 * instance at once: one statement of three index lookups, as it runs on hot paths (search).
 * It is only a default (a create that names no site): what the user may do there is decided
 * by their roles on that site.
 */
export async function requestSiteId(req: PayloadRequest): Promise<number | null> {
  if (typeof req.context.portalSiteId === 'number') return req.context.portalSiteId
  const slug = req.headers?.get(SITE_HEADER)?.toLowerCase() || null
  const host = hostName(req.headers?.get('host')) || null
  const [row] = await executeSql(
    req,
    sql`(SELECT id, 0 AS pick FROM sites WHERE slug = ${slug} LIMIT 1)
        UNION ALL
        (SELECT s.id, 1 FROM sites_texts t JOIN sites s ON s.id = t.parent_id
          WHERE t.path = 'domains' AND t.text = ${host} ORDER BY s.id LIMIT 1)
        UNION ALL
        (SELECT id, 2 FROM sites WHERE parent_id IS NULL ORDER BY id LIMIT 1)
        ORDER BY pick LIMIT 1`,
  )
  const id = row ? Number(row.id) : null
  if (id !== null) req.context.portalSiteId = id
  return id
}
