import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted article's proposals go with it (they name it, and have nothing to decide any more). */
export const deleteShareProposals: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'share-proposals',
    where: { article: { equals: id } },
    req,
    overrideAccess: true,
  })
}
