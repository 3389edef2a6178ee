import type { PayloadRequest } from 'payload'

import { publicDocumentWhere } from './secrecy'

type FileRef = number | { id: number } | null | undefined

export const fileIds = (...lists: (FileRef[] | null | undefined)[]): number[] => [
  ...new Set(
    lists
      .flatMap((list) => list ?? [])
      .map((f) => (typeof f === 'object' && f ? f.id : f))
      .filter((id): id is number => typeof id === 'number'),
  ),
]

/**
 * Recomputes `isPublic` of these files from the live documents (the main table, never a draft):
 * a file is public only while a published, ordinary, public document lists it. Runs in the
 * caller's transaction, so a publish and its files' publicity commit together.
 */
export async function syncFilePublicity(req: PayloadRequest, ids: number[]): Promise<void> {
  for (const id of ids) {
    const { totalDocs } = await req.payload.count({
      collection: 'documents',
      where: { and: [{ files: { in: [id] } }, publicDocumentWhere] },
      req,
      overrideAccess: true,
    })
    const isPublic = totalDocs > 0
    const file = await req.payload.findByID({
      collection: 'document-files',
      id,
      req,
      overrideAccess: true,
      depth: 0,
      select: { isPublic: true },
      disableErrors: true,
    })
    if (!file || Boolean(file.isPublic) === isPublic) continue
    await req.payload.update({
      collection: 'document-files',
      id,
      data: { isPublic },
      req,
      overrideAccess: true,
    })
  }
}
