import type { CollectionAfterChangeHook } from 'payload'

import { revalidateArticleSites } from '../../../site/revalidateHooks'
import { recountComments } from '../../../stats/articleStats'

/** When a comment becomes (or stops being) visible: recount the article's approved comments and refresh its page. */
export const refreshArticleAfterDecision: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const visibleChanged = (doc.status === 'approved') !== (previousDoc?.status === 'approved')
  if (!visibleChanged) return doc
  const articleId = Number(typeof doc.article === 'object' ? doc.article.id : doc.article)
  await recountComments(req, articleId)
  await revalidateArticleSites(req, articleId)
  return doc
}
