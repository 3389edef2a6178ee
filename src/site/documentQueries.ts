import type { Where } from 'payload'

import { documentFiltersWhere, type DocumentFilters } from '../documents/documentFilters'
import { readDownloadCounts } from '../documents/downloadCounts'
import { sqlPool } from '../lib/sqlPool'
import type { Document, DocumentFile } from '../payload-types'
import { getPayloadClient } from './getPayloadClient'
import type { QuerySite } from './queries'

// Read as the public (no user, overrideAccess: false): only published, ordinary, public documents
// and their public files ever come back, whatever the filters.
const asPublic = { overrideAccess: false, draft: false } as const

export const DOCUMENT_PAGE_SIZE = 20

const listSelect = {
  code: true,
  title: true,
  slug: true,
  type: true,
  issuer: true,
  issuedAt: true,
  effectiveAt: true,
  expiresAt: true,
  field: true,
  publishedAt: true,
  updatedAt: true,
} as const

export type DocumentItem = Pick<
  Document,
  | 'id'
  | 'code'
  | 'title'
  | 'slug'
  | 'type'
  | 'issuer'
  | 'issuedAt'
  | 'effectiveAt'
  | 'expiresAt'
  | 'field'
  | 'publishedAt'
  | 'updatedAt'
>

/** Ids of the site's documents that a published document replaces. */
export async function getReplacedIds(site: QuerySite): Promise<number[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic,
    where: { and: [{ site: { equals: site.id } }, { replaces: { exists: true } }] },
    limit: 0,
    depth: 0,
    select: { replaces: true },
  })
  return [
    ...new Set(
      docs.flatMap((d) => (d.replaces ?? []).map((r) => (typeof r === 'object' ? r.id : r))),
    ),
  ]
}

/** One page of the site's documents under the filters, newest issued first. */
export async function getDocumentPage(site: QuerySite, filters: DocumentFilters) {
  const payload = await getPayloadClient()
  const replaced = filters.hieuLuc ? await getReplacedIds(site) : []
  const where: Where = {
    and: [{ site: { equals: site.id } }, ...documentFiltersWhere(filters, replaced)],
  }
  const result = await payload.find({
    collection: 'documents',
    ...asPublic,
    where,
    sort: ['-issuedAt', '-id'],
    limit: DOCUMENT_PAGE_SIZE,
    page: filters.trang,
    depth: 0,
    select: listSelect,
  })
  return { ...result, docs: result.docs as DocumentItem[] }
}

export async function getLatestDocuments(site: QuerySite, limit = 5): Promise<DocumentItem[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic,
    where: { site: { equals: site.id } },
    sort: ['-publishedAt', '-id'],
    limit,
    depth: 0,
    select: listSelect,
  })
  return docs as DocumentItem[]
}

/** The issuers, fields and years the site's public documents have (the filters' choices). */
export async function getDocumentFacets(site: QuerySite) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic,
    where: { site: { equals: site.id } },
    limit: 0,
    depth: 0,
    select: { issuer: true, field: true, issuedAt: true },
  })
  const sorted = (values: (string | null | undefined)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    )
  const years = [
    ...new Set(
      docs.map((d) =>
        Number(
          new Date(d.issuedAt)
            .toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
            .slice(0, 4),
        ),
      ),
    ),
  ].sort((a, b) => b - a)
  return {
    issuers: sorted(docs.map((d) => d.issuer)),
    fields: sorted(docs.map((d) => d.field)),
    years,
  }
}

export type PublicDocument = Omit<Document, 'files' | 'replaces' | 'related'> & {
  files: (DocumentFile & { downloads: number })[]
  replaces: DocumentItem[]
  related: DocumentItem[]
  replacedBy: DocumentItem[]
}

const publicItems = (values: unknown): DocumentItem[] =>
  (Array.isArray(values) ? values : []).filter(
    (v): v is DocumentItem => typeof v === 'object' && v !== null && 'slug' in v,
  )

/** A published public document of the site, with its public files, replacements and relations. */
export async function getDocumentBySlug(
  site: QuerySite,
  slug: string,
): Promise<PublicDocument | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic,
    where: { and: [{ site: { equals: site.id } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    joins: { replacedBy: { limit: 20, sort: '-issuedAt' }, history: false },
    populate: {
      documents: listSelect,
      'document-files': {
        filename: true,
        filesize: true,
        mimeType: true,
        title: true,
        url: true,
        pageCount: true,
      },
    },
  })
  const doc = docs[0]
  if (!doc) return null
  const files = (doc.files ?? []).filter(
    (f): f is DocumentFile => typeof f === 'object' && f !== null,
  )
  const counts = await readDownloadCounts(
    sqlPool(payload),
    files.map((f) => f.id),
  )
  const replacedBy = publicItems(doc.replacedBy?.docs)
  return {
    ...doc,
    files: files.map((f) => ({ ...f, downloads: counts.get(f.id) ?? 0 })),
    replaces: publicItems(doc.replaces),
    related: publicItems(doc.related),
    replacedBy,
  }
}

/** Every public document of the site, for the sitemap. */
export async function getSitemapDocuments(site: QuerySite) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'documents',
    ...asPublic,
    where: { site: { equals: site.id } },
    limit: 0,
    depth: 0,
    select: { slug: true, updatedAt: true },
    sort: '-updatedAt',
  })
  return docs
}
