import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import { executeSql } from '../../../lib/executeSql'
import { revalidateSite } from '../../../site/revalidateSite'

/** When a comment becomes (or stops being) visible: recount the article's approved comments and refresh its page. */
export const refreshArticleAfterDecision: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const visibleChanged = (doc.status === 'approved') !== (previousDoc?.status === 'approved')
  if (!visibleChanged) return doc
  const articleId = Number(typeof doc.article === 'object' ? doc.article.id : doc.article)
  await executeSql(
    req,
    sql`INSERT INTO article_stats (article_id, comment_count)
          SELECT ${articleId}, count(*) FROM comments WHERE article_id = ${articleId} AND status = 'approved'
        ON CONFLICT (article_id) DO UPDATE SET comment_count = EXCLUDED.comment_count, updated_at = now()`,
  )
  revalidateSite()
  return doc
}
