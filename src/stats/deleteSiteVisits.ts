import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeDeleteHook } from 'payload'

import { executeSql } from '../lib/executeSql'

/**
 * A site that may be deleted (no content left: keepSiteWithContent ran first) takes its visit
 * counts with it, in the delete's transaction; otherwise their foreign keys would refuse it.
 */
export const deleteSiteVisits: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const site = Number(id)
  await executeSql(
    req,
    sql`WITH a AS (DELETE FROM visit_seen WHERE site_id = ${site}),
             b AS (DELETE FROM visit_page_days WHERE site_id = ${site}),
             c AS (DELETE FROM visit_site_days WHERE site_id = ${site})
        DELETE FROM visit_hours WHERE site_id = ${site}`,
  )
}
