import type { Settings } from 'meilisearch'
import type { Payload, PayloadRequest, Where } from 'payload'

/** Collections that have a Meilisearch index (each with its own outbox jobs, reindex, settings). */
export type IndexedCollection = 'articles' | 'documents'

/**
 * What the sync job and the reindex need to know about one indexed collection: the rows that
 * belong in the index, how to turn rows into search documents, and the index's settings.
 */
export type SearchIndex = {
  collection: IndexedCollection
  /** The index's name (MEILI_INDEX_PREFIX + collection), read at call time. */
  indexName: () => string
  settings: Settings
  /** The rows that are public and belong in the index (published, and for documents ordinary). */
  where: Where
  /** Rows read at depth 0 → search documents; loads what they refer to in a few queries. */
  toSearchDocuments: (
    payload: Payload,
    rows: Record<string, unknown>[],
    req?: PayloadRequest,
  ) => Promise<Record<string, unknown>[]>
}
