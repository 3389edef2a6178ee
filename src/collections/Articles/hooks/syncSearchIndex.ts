import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueSearchSync } from '../../../search/queueSearchSync'

/** A change that touches the live article (published now or before) re-syncs its search document. */
export const syncSearchAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc?._status === 'published' || previousDoc?._status === 'published')
    await queueSearchSync(req, doc.id)
  return doc
}

/** A deleted article leaves the index (the job finds no published row and deletes the document). */
export const syncSearchAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueSearchSync(req, doc.id)
  return doc
}
