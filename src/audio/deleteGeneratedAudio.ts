import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An article's generated audio goes with it (rows and files). Files editors uploaded stay in
 * "Âm thanh bài viết", like images in the media library.
 */
export const deleteGeneratedAudio: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'article-audio',
    where: { and: [{ article: { equals: id } }, { origin: { equals: 'generated' } }] },
    req,
    overrideAccess: true,
  })
}
