import { MeilisearchApiError } from 'meilisearch'

import { articlePath } from '../site/urls'
import { articlesIndexName, SearchUnavailableError } from './client'
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toHighlightHtml } from './highlight'
import { buildFilter, type SearchParams } from './parseSearchParams'
import { searchWithTones } from './searchWithTones'
import { articleSearchOn, articleToneOn, MAX_TOTAL_HITS } from './settings'
import type { SearchDocument } from './toSearchDocument'

export type SearchHit = {
  id: number
  slug: string
  url: string
  title: string
  summary: string
  publishedAt: string
  category: SearchDocument['category']
  cover: string | null
  /** The article's own site: its canonical URL is there (`url` is that URL on the main host). */
  siteSlug: string
  /** Safe HTML: the text escaped, matches wrapped in our own `<mark>`. */
  highlight: { title: string; summary: string }
}

export type SearchResult = {
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  limit: number
}

type Formatted = Partial<Record<'title' | 'summary', string>>

/**
 * Searches published articles (the index holds nothing else). No query lists the latest first;
 * a query ranks by relevance with all words required. Throws SearchUnavailableError when
 * Meilisearch cannot answer.
 */
export async function searchArticles(params: SearchParams): Promise<SearchResult> {
  const empty = { hits: [], total: 0, page: params.page, totalPages: 0, limit: params.limit }
  try {
    const response = await searchWithTones<SearchDocument>({
      indexUid: articlesIndexName(),
      q: params.q,
      page: params.page,
      limit: params.limit,
      searchOn: articleSearchOn,
      toneOn: articleToneOn,
      maxTotalHits: MAX_TOTAL_HITS,
      options: {
        filter: buildFilter(params),
        sort: params.q ? undefined : ['publishedAt:desc'],
        matchingStrategy: 'all',
        attributesToRetrieve: [
          'id',
          'slug',
          'title',
          'summary',
          'category',
          'publishedAt',
          'cover',
          'siteSlug',
          'siteParent',
        ],
        attributesToHighlight: ['title', 'summary'],
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      },
    })
    return {
      hits: response.hits.map((hit) => toHit(hit, (hit._formatted ?? {}) as Formatted)),
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

function toHit(doc: SearchDocument, formatted: Formatted): SearchHit {
  return {
    id: doc.id,
    slug: doc.slug,
    // The origin's URL as the main host serves it: a commune's article lives under /don-vi/{slug}.
    url: doc.siteParent ? `/don-vi/${doc.siteSlug}${articlePath(doc.slug)}` : articlePath(doc.slug),
    title: doc.title,
    summary: doc.summary,
    publishedAt: new Date(doc.publishedAt * 1000).toISOString(),
    category: doc.category,
    cover: doc.cover,
    siteSlug: doc.siteSlug,
    highlight: {
      title: toHighlightHtml(formatted.title ?? doc.title),
      summary: toHighlightHtml(formatted.summary ?? doc.summary),
    },
  }
}
