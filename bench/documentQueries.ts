import { buildDocumentFilter } from '../src/search/documents/buildDocumentFilter'
import { documentSearchOn, documentToneOn } from '../src/search/documents/documentSettings'
import { parseDocumentSearchParams } from '../src/search/documents/parseDocumentSearchParams'
import { encodeTones, hasVietnameseMarks } from '../src/search/encodeTones'
import { TONE_WEIGHT } from '../src/search/searchWithTones'
import { meiliFetch, type Meili } from './meili'
import { documentQueries } from './syntheticDocuments'

const types = ['nghi-quyet', 'chi-thi', 'ket-luan', 'ke-hoach']
const RETRIEVE = [
  ...['id', 'slug', 'code', 'title', 'type', 'issuer', 'signer', 'field'],
  ...['issuedAt', 'effectiveAt', 'expiresAt', 'replaced', 'siteSlug', 'siteParent'],
]

/**
 * The raw Meilisearch request `/api/search?kind=documents` makes for these parameters (the same
 * filter builder; a federated multi-search when the query has tone marks), for the baseline.
 */
function rawRequest(query: URLSearchParams, site: number): { path: string; body: unknown } {
  const parsed = parseDocumentSearchParams(Object.fromEntries(query))
  if (!parsed.ok) throw new Error(parsed.message)
  const params = { ...parsed.params, site }
  const shared = {
    filter: buildDocumentFilter(params),
    matchingStrategy: 'all',
    attributesToRetrieve: RETRIEVE,
    attributesToHighlight: ['code', 'title'],
    highlightPreTag: '\uE000',
    highlightPostTag: '\uE001',
  }
  if (!params.q || !hasVietnameseMarks(params.q))
    return {
      path: '/indexes/documents/search',
      body: {
        ...shared,
        q: params.q,
        sort: params.q ? undefined : ['issuedAt:desc'],
        attributesToSearchOn: documentSearchOn,
        page: 1,
        hitsPerPage: 10,
      },
    }
  return {
    path: '/multi-search',
    body: {
      federation: { offset: 0, limit: 10 },
      queries: [
        { indexUid: 'documents', q: params.q, ...shared, attributesToSearchOn: documentSearchOn },
        {
          indexUid: 'documents',
          q: encodeTones(params.q),
          ...shared,
          attributesToSearchOn: documentToneOn,
          federationOptions: { weight: TONE_WEIGHT },
        },
      ],
    },
  }
}

/** Interleaves app and raw requests so both see the same machine noise; sorted latencies in ms. */
export async function compareDocumentQueries(base: string, m: Meili, site: number, count: number) {
  const app: number[] = []
  const raw: number[] = []
  for (let i = -20; i < count; i++) {
    const query = new URLSearchParams({ kind: 'documents' })
    const q = documentQueries[(i + 20) % documentQueries.length]
    if (q) query.set('q', q)
    if (i % 3 === 1) query.set('type', types[(i + 20) % types.length])
    if (i % 3 === 2) query.set('year', String(2016 + ((i + 20) % 10)))
    let t = performance.now()
    const a = await fetch(`${base}/api/search?${query}`)
    await a.arrayBuffer()
    if (!a.ok) throw new Error(`/api/search ${a.status}`)
    if (i >= 0) app.push(performance.now() - t)
    const request = rawRequest(query, site)
    t = performance.now()
    const r = await meiliFetch(m, request.path, {
      method: 'POST',
      body: JSON.stringify(request.body),
    })
    if (r.code) throw new Error(`Meilisearch: ${r.message}`)
    if (i >= 0) raw.push(performance.now() - t)
  }
  return { app: app.sort((x, y) => x - y), raw: raw.sort((x, y) => x - y) }
}
