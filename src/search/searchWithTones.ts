import {
  MeilisearchApiError,
  type FederatedMultiSearchParams,
  type Hit,
  type SearchParams as MeiliParams,
} from 'meilisearch'

import { searchClient } from './client'
import { encodeTones, hasVietnameseMarks } from './encodeTones'
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './highlight'
import { highlightToneMatches } from './highlightToneMatches'

/** How much more a tone-exact match weighs than a folded one in the merged ranking. */
export const TONE_WEIGHT = 3

export type ToneSearch = {
  indexUid: string
  q: string
  page: number
  limit: number
  /** The folded (Meilisearch's own) searchable attributes, and their tone-token copies. */
  searchOn: string[]
  toneOn: string[]
  /** Filter, attributes to retrieve and highlight, matching strategy: shared by both queries. */
  options: Omit<
    MeiliParams,
    'q' | 'page' | 'hitsPerPage' | 'offset' | 'limit' | 'attributesToSearchOn'
  >
  /** Cap on the hits Meilisearch counts (the index's pagination.maxTotalHits). */
  maxTotalHits: number
}

export type ToneSearchResult<T> = { hits: Hit<T>[]; total: number; totalPages: number }

/**
 * One ranked, paged list where a query's exact tones win: a query without marks is the plain
 * search it always was; a query with marks is a federated search of the folded query (recall)
 * and its tone tokens over the tone copies (weighted higher), deduplicated by Meilisearch. Every
 * tone match is also a folded match, so the total is the folded query's. Tone hits get their
 * highlight here (Meilisearch cannot mark "bán" for the query "bans").
 */
export async function searchWithTones<T extends Record<string, unknown>>(
  search: ToneSearch,
): Promise<ToneSearchResult<T>> {
  const { q } = search
  try {
    return !q || !hasVietnameseMarks(q)
      ? await plainSearch(search, search.searchOn)
      : await federatedSearch(search)
  } catch (error) {
    // An index with no document yet, or built before its tone copies existed (until the next
    // reindex), has no such attribute: search it as the plain search always did.
    if (!(error instanceof MeilisearchApiError)) throw error
    if (error.cause?.code !== 'invalid_search_attributes_to_search_on') throw error
    return plainSearch(search, undefined)
  }
}

async function plainSearch<T extends Record<string, unknown>>(
  { indexUid, q, page, limit, options }: ToneSearch,
  searchOn: string[] | undefined,
): Promise<ToneSearchResult<T>> {
  const response = await searchClient()
    .index<T>(indexUid)
    .search(q, { ...options, attributesToSearchOn: searchOn, page, hitsPerPage: limit })
  return { hits: response.hits, total: response.totalHits, totalPages: response.totalPages }
}

async function federatedSearch<T extends Record<string, unknown>>(
  search: ToneSearch,
): Promise<ToneSearchResult<T>> {
  const { indexUid, q, page, limit, options } = search
  const { sort: _unused, ...shared } = options
  const response = await searchClient().multiSearch<FederatedMultiSearchParams, T>({
    federation: { offset: (page - 1) * limit, limit },
    queries: [
      { indexUid, q, ...shared, attributesToSearchOn: search.searchOn },
      {
        indexUid,
        q: encodeTones(q),
        ...shared,
        attributesToSearchOn: search.toneOn,
        federationOptions: { weight: TONE_WEIGHT },
      },
    ],
  })
  const total = Math.min(response.estimatedTotalHits ?? 0, search.maxTotalHits)
  const highlighted = (options.attributesToHighlight ?? []) as string[]
  const hits = response.hits.map((hit) =>
    hit._federation?.queriesPosition === 1 ? withToneHighlight(hit, q, highlighted) : hit,
  )
  return { hits, total, totalPages: Math.ceil(total / limit) }
}

function withToneHighlight<T extends Record<string, unknown>>(
  hit: Hit<T>,
  q: string,
  attributes: string[],
): Hit<T> {
  const formatted: Record<string, unknown> = { ...hit._formatted }
  for (const name of attributes) {
    const text = hit[name]
    if (typeof text === 'string')
      formatted[name] = highlightToneMatches(text, q, HIGHLIGHT_PRE, HIGHLIGHT_POST)
  }
  return { ...hit, _formatted: formatted as Partial<T> }
}
