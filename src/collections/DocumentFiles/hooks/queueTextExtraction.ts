import type { CollectionAfterChangeHook } from 'payload'

import { EXTRACTED } from '../../../documents/extractFileTextTask'

/** A new or replaced PDF gets its text read by a job, in the same transaction as the upload. */
export const queueTextExtraction: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context[EXTRACTED] || doc.mimeType !== 'application/pdf') return doc
  if (previousDoc?.filename === doc.filename && previousDoc?.filesize === doc.filesize) return doc
  await req.payload.jobs.queue({
    task: 'extractDocumentFileText',
    input: { fileId: doc.id },
    req,
  })
  return doc
}
