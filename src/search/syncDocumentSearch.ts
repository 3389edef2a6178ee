import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idOf } from '../sites/siteRoles'
import { queueSearchSync } from './queueSearchSync'

type Row = { id: number | string; _status?: string | null; replaces?: unknown[] | null } | null

/** The document and those it replaces (now or before): their "replaced" flag may change. */
async function queueWithReplaced(req: PayloadRequest, doc: Row, previous: Row): Promise<void> {
  const ids = new Set<number>()
  for (const row of [doc, previous])
    for (const other of row?.replaces ?? []) {
      const id = idOf(other as never)
      if (id !== null) ids.add(id)
    }
  if (doc) ids.add(Number(doc.id))
  for (const id of ids) await queueSearchSync(req, id, 'documents')
}

/**
 * A change that touches a live document (published now or before: unpublished, classified
 * secret or internal, replaced) re-syncs its search document, in the change's transaction.
 */
export const syncDocumentAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc?._status === 'published' || previousDoc?._status === 'published')
    await queueWithReplaced(req, doc, previousDoc)
  return doc
}

/** A deleted document leaves the index; those it replaced are in force again. */
export const syncDocumentAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueWithReplaced(req, doc, null)
  return doc
}

/** A file's extracted text arrived or changed: the documents listing it are indexed again. */
export const syncFileDocumentsAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if ((doc?.text ?? '') === (previousDoc?.text ?? '')) return doc
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { and: [{ files: { in: [doc.id] } }, { _status: { equals: 'published' } }] },
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: {},
    req,
  })
  for (const row of docs) await queueSearchSync(req, row.id, 'documents')
  return doc
}
