import type { PayloadRequest } from 'payload'

import { SYNC_TASK } from './syncArticleTask'

/**
 * Queues the search sync of one article with the caller's `req`, so the job row is written in
 * the same transaction as the change: committed together, or not at all.
 */
export async function queueSearchSync(
  req: PayloadRequest,
  articleId: number | string,
): Promise<void> {
  await req.payload.jobs.queue({ task: SYNC_TASK, input: { articleId: Number(articleId) }, req })
}
