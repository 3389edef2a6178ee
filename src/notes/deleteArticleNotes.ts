import type { CollectionBeforeDeleteHook } from 'payload'

/** An article's internal notes go with it (they belong to no one else). */
export const deleteArticleNotes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'article-notes',
    where: { article: { equals: id } },
    req,
    overrideAccess: true,
  })
}
