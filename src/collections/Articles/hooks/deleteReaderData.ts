import type { CollectionBeforeDeleteHook } from 'payload'

import { deleteArticleStats } from '../../../stats/articleStats'

/**
 * What readers left on an article goes with it: counters, ratings, comments and a moderator's
 * closing of them (the workflow history stays).
 */
export const deleteReaderData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await deleteArticleStats(req, id)
  for (const collection of ['ratings', 'comments', 'comment-closures'] as const) {
    await req.payload.delete({
      collection,
      where: { article: { equals: id } },
      req,
      overrideAccess: true,
    })
  }
}
