import type { TaskConfig } from 'payload'

import { searchIndexes, isIndexedCollection } from './searchIndexes'
import { ensureIndexSettings } from './settings'
import { syncRecord } from './syncRecord'

/** The slug predates documents: jobs already queued as `{ articleId }` still run. */
export const SYNC_TASK = 'syncArticleToSearch'

export type SyncInput = {
  collection?: string | null
  id?: number | null
  articleId?: number | null
}

/** Which index and row a sync job is for (`{ articleId }` is an article). */
export function syncTarget(input: SyncInput | null | undefined) {
  const collection = isIndexedCollection(input?.collection) ? input.collection : 'articles'
  const id = Number(input?.id ?? input?.articleId)
  return Number.isFinite(id) ? { collection, id } : null
}

/**
 * The queued form of syncRecord: re-reads the row when it runs, so a retry or a duplicate does no
 * harm. It fails unless Meilisearch reports success; Payload retries it with backoff and the
 * worker revives it when Meilisearch comes back (resumeSearchSync).
 */
export const syncToSearch: TaskConfig<{
  input: SyncInput
  output: { action: string }
}> = {
  slug: SYNC_TASK,
  label: 'Đồng bộ tin bài, văn bản vào chỉ mục tìm kiếm',
  inputSchema: [
    { name: 'collection', type: 'text' },
    { name: 'id', type: 'number' },
    { name: 'articleId', type: 'number' },
  ],
  outputSchema: [{ name: 'action', type: 'text' }],
  retries: {
    attempts: 12,
    backoff: { type: 'exponential', delay: Number(process.env.SEARCH_RETRY_DELAY_MS || 1000) },
  },
  // Repeated saves of one row collapse into the latest pending job; one runs at a time.
  concurrency: {
    key: ({ input }) => {
      const target = syncTarget(input)
      return target?.collection === 'documents'
        ? `search:document:${target.id}`
        : `search:article:${target?.id}`
    },
    exclusive: true,
    supersedes: true,
  },
  handler: async ({ input, req }) => {
    const target = syncTarget(input)
    if (!target) return { output: { action: 'skip' } }
    const index = searchIndexes[target.collection]
    await ensureIndexSettings(index.indexName(), index.settings)
    return { output: { action: await syncRecord(req.payload, index, target.id, { req }) } }
  },
}
