import type { TaskConfig } from 'payload'

import { articlesIndexName } from './client'
import { ensureIndexSettings } from './settings'
import { syncArticle } from './syncArticle'

export const SYNC_TASK = 'syncArticleToSearch'

/**
 * The queued form of syncArticle: re-reads the article when it runs, so a retry or a duplicate
 * does no harm. It fails unless Meilisearch reports success; Payload retries it with backoff and
 * the worker revives it when Meilisearch comes back (resumeSearchSync).
 */
export const syncArticleToSearch: TaskConfig<{
  input: { articleId: number }
  output: { action: string }
}> = {
  slug: SYNC_TASK,
  label: 'Đồng bộ tin bài vào chỉ mục tìm kiếm',
  inputSchema: [{ name: 'articleId', type: 'number', required: true }],
  outputSchema: [{ name: 'action', type: 'text' }],
  retries: {
    attempts: 12,
    backoff: { type: 'exponential', delay: Number(process.env.SEARCH_RETRY_DELAY_MS || 1000) },
  },
  // Repeated saves of one article collapse into the latest pending job; one runs at a time.
  concurrency: {
    key: ({ input }) => `search:article:${input.articleId}`,
    exclusive: true,
    supersedes: true,
  },
  handler: async ({ input, req }) => {
    await ensureIndexSettings(articlesIndexName())
    return { output: { action: await syncArticle(req.payload, input.articleId, { req }) } }
  },
}
