import type { CollectionBeforeDeleteHook } from 'payload'

/** What readers left on an article goes with it: counters, ratings, comments (the workflow history stays). */
export const deleteReaderData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of ['article-stats', 'ratings', 'comments'] as const) {
    await req.payload.delete({ collection, where: { article: { equals: id } }, req, overrideAccess: true })
  }
}
