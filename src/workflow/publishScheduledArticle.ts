import type { TaskConfig } from 'payload'

import { writeWorkflowState } from './writeWorkflowState'

/**
 * Runs when a scheduled article's time comes. Idempotent: it publishes only an article that is
 * still approved (state `published`), due, and not yet live, so a retry or an early unpublish
 * does nothing harmful.
 */
export const publishScheduledArticle: TaskConfig<{
  input: { articleId: number }
  output: { published: boolean }
}> = {
  slug: 'publishScheduledArticle',
  label: 'Xuất bản theo lịch',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 5_000 } },
  inputSchema: [{ name: 'articleId', type: 'number', required: true }],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const article = await req.payload.findByID({
      collection: 'articles',
      id: input.articleId,
      req,
      overrideAccess: true,
      draft: true,
      depth: 0,
      disableErrors: true,
    })
    const due =
      article?.workflowState === 'published' &&
      article._status !== 'published' &&
      article.publishedAt &&
      new Date(article.publishedAt).getTime() <= Date.now() + 1000
    if (!article || !due) return { output: { published: false } }
    await writeWorkflowState(req, article.id, { _status: 'published' })
    return { output: { published: true } }
  },
}
