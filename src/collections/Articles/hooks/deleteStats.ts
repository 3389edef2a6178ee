import type { CollectionBeforeDeleteHook } from 'payload'

/** Reader counters belong to the article: they go with it (the workflow history stays). */
export const deleteStats: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'article-stats', where: { article: { equals: id } }, req, overrideAccess: true })
}
