import { MeilisearchApiError } from 'meilisearch'

import { computeValidity, type ValidityStatus } from '../../documents/computeValidity'
import { documentsIndexName, SearchUnavailableError } from '../client'
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toHighlightHtml } from '../highlight'
import { searchWithTones } from '../searchWithTones'
import { MAX_TOTAL_HITS } from '../settings'
import { buildDocumentFilter } from './buildDocumentFilter'
import { documentSearchOn, documentToneOn } from './documentSettings'
import type { DocumentSearchParams } from './parseDocumentSearchParams'
import type { DocumentSearchDocument } from './toDocumentSearchDocument'

export type DocumentSearchHit = {
  id: number
  slug: string
  /** The document's page as the main host serves it (a commune's under /don-vi/{slug}). */
  url: string
  code: string
  title: string
  type: string
  issuer: string
  signer: string
  field: string
  issuedAt: string
  validity: ValidityStatus
  siteSlug: string
  /** Safe HTML: the text escaped, matches wrapped in our own `<mark>`. */
  highlight: { code: string; title: string }
}

export type DocumentSearchResult = {
  hits: DocumentSearchHit[]
  total: number
  page: number
  totalPages: number
  limit: number
}

type Formatted = Partial<Record<'code' | 'title', string>>
const RETRIEVE = [
  'id',
  'slug',
  'code',
  'title',
  'type',
  'issuer',
  'signer',
  'field',
  'issuedAt',
  'effectiveAt',
  'expiresAt',
  'replaced',
  'siteSlug',
  'siteParent',
]

/**
 * Searches public documents (the index holds nothing else). No query lists the latest issued
 * first; a query ranks by relevance, all words required, exact tones first. Throws
 * SearchUnavailableError when Meilisearch cannot answer.
 */
export async function searchDocuments(
  params: DocumentSearchParams,
  now = new Date(),
): Promise<DocumentSearchResult> {
  const empty = { hits: [], total: 0, page: params.page, totalPages: 0, limit: params.limit }
  try {
    const response = await searchWithTones<DocumentSearchDocument>({
      indexUid: documentsIndexName(),
      q: params.q,
      page: params.page,
      limit: params.limit,
      searchOn: documentSearchOn,
      toneOn: documentToneOn,
      maxTotalHits: MAX_TOTAL_HITS,
      options: {
        filter: buildDocumentFilter(params, now),
        sort: params.q ? undefined : ['issuedAt:desc'],
        matchingStrategy: 'all',
        attributesToRetrieve: RETRIEVE,
        attributesToHighlight: ['code', 'title'],
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      },
    })
    return {
      hits: response.hits.map((hit) => toHit(hit, (hit._formatted ?? {}) as Formatted, now)),
      total: response.total,
      page: params.page,
      totalPages: response.totalPages,
      limit: params.limit,
    }
  } catch (error) {
    // Nothing has been indexed yet: an empty result, not an outage.
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
      return empty
    throw new SearchUnavailableError(error)
  }
}

const iso = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000))

function toHit(doc: DocumentSearchDocument, formatted: Formatted, now: Date): DocumentSearchHit {
  const path = `/van-ban/${doc.slug}`
  const validity = computeValidity(
    { effectiveAt: iso(doc.effectiveAt), expiresAt: iso(doc.expiresAt) },
    doc.replaced ? [{ code: '' }] : [],
    now,
  )
  return {
    id: doc.id,
    slug: doc.slug,
    url: doc.siteParent ? `/don-vi/${doc.siteSlug}${path}` : path,
    code: doc.code,
    title: doc.title,
    type: doc.type,
    issuer: doc.issuer,
    signer: doc.signer,
    field: doc.field,
    issuedAt: new Date(doc.issuedAt * 1000).toISOString(),
    validity: validity.status,
    siteSlug: doc.siteSlug,
    highlight: {
      code: toHighlightHtml(formatted.code ?? doc.code),
      title: toHighlightHtml(formatted.title ?? doc.title),
    },
  }
}
