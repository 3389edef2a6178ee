import type { Payload, PayloadRequest } from 'payload'

import { publicDocumentWhere } from '../documents/secrecy'
import type { Document, DocumentFile, Site } from '../payload-types'
import { documentsIndexName } from './client'
import { documentIndexSettings } from './documents/documentSettings'
import { toDocumentSearchDocument } from './documents/toDocumentSearchDocument'
import { loadByIds } from './loadByIds'
import type { SearchIndex } from './searchIndex'

/**
 * The `documents` index: only published, ordinary (`thuong`), public documents; unpublishing,
 * deleting or classifying one removes it (the sync finds no such row).
 */
export const documentIndex: SearchIndex = {
  collection: 'documents',
  indexName: documentsIndexName,
  settings: documentIndexSettings,
  where: publicDocumentWhere,
  toSearchDocuments: async (payload, rows, req) => {
    const docs = rows as unknown as Document[]
    const [files, sites, replaced] = await Promise.all([
      loadByIds<DocumentFile>(
        payload,
        'document-files',
        docs.flatMap((d) => d.files ?? []),
        req,
      ),
      loadByIds<Site>(
        payload,
        'sites',
        docs.map((d) => d.site),
        req,
      ),
      replacedAmong(
        payload,
        docs.map((d) => Number(d.id)),
        req,
      ),
    ])
    return docs.map((doc) =>
      toDocumentSearchDocument(
        { ...doc, site: sites.get(Number(doc.site)) ?? doc.site },
        (doc.files ?? []).map((f) => files.get(Number(f))).filter((f) => f !== undefined),
        replaced.has(Number(doc.id)),
      ),
    )
  },
}

/** Which of these documents a published public document replaces. */
async function replacedAmong(
  payload: Payload,
  ids: number[],
  req?: PayloadRequest,
): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'documents',
    where: { and: [publicDocumentWhere, { replaces: { in: ids } }] },
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: { replaces: true },
    req,
  })
  const wanted = new Set(ids)
  return new Set(docs.flatMap((d) => (d.replaces ?? []).map(Number)).filter((id) => wanted.has(id)))
}
