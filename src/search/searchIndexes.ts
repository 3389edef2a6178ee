import { articleIndex } from './articleIndex'
import { documentIndex } from './documentIndex'
import type { IndexedCollection, SearchIndex } from './searchIndex'

/** Every Meilisearch index the portal keeps, by collection. */
export const searchIndexes: Record<IndexedCollection, SearchIndex> = {
  articles: articleIndex,
  documents: documentIndex,
}

export const isIndexedCollection = (value: unknown): value is IndexedCollection =>
  value === 'articles' || value === 'documents'
