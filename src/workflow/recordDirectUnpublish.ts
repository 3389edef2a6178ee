import type { CollectionAfterChangeHook } from 'payload'

import { recordTransition } from './recordTransition'
import { isWorkflowCollection } from './workflowCollections'
import { isWorkflowWrite, writeWorkflowState } from './writeWorkflowState'

/**
 * Payload's own "Unpublish" (a non-draft save with `_status: 'draft'`, allowed to the
 * editor-in-chief and admin who may edit live articles and documents) takes one off the site
 * without going through the workflow. Keep the state and history true to what happened.
 */
export const recordDirectUnpublish: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (!isWorkflowCollection(collection.slug)) return doc
  if (operation !== 'update' || isWorkflowWrite(context)) return doc
  if (previousDoc?._status !== 'published' || previousDoc?.workflowState !== 'published') return doc
  const live = await req.payload.db.findOne<{ id: number; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    req,
  })
  if (live?._status === 'published') return doc
  await writeWorkflowState(
    req,
    doc.id,
    { workflowState: 'unpublished', _status: 'draft' },
    collection.slug,
  )
  await recordTransition(req, {
    collection: collection.slug,
    id: doc.id,
    from: 'published',
    to: 'unpublished',
    note: 'Gỡ bài bằng nút "Unpublish" của trình quản trị',
  })
  return { ...doc, workflowState: 'unpublished' }
}
