import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { fileIds, syncFilePublicity } from '../../../documents/syncFilePublicity'

/** A document's files follow what the public may see of it (published, ordinary, public). */
export const syncFilesAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await syncFilePublicity(req, fileIds(doc?.files, previousDoc?.files))
  return doc
}

export const syncFilesAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await syncFilePublicity(req, fileIds(doc?.files))
  return doc
}
