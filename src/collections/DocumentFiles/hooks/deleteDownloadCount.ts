import type { CollectionBeforeDeleteHook } from 'payload'

/** A file's download count goes with it (the row's file is required). */
export const deleteDownloadCount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'document-downloads',
    where: { file: { equals: id } },
    req,
    overrideAccess: true,
  })
}
