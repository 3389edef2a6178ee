import type { TaskConfig } from 'payload'

import { notifyPendingComments } from './notifyPendingComments'

export const COMMENT_DIGEST_TASK = 'notifyPendingComments'

/**
 * Hourly (COMMENT_DIGEST_CRON, seconds first): the moderators' digest of new pending comments,
 * queued by the worker's scheduler like the daily backup. Idempotent (notification keys).
 */
export const commentDigestTask: TaskConfig<{
  input: Record<string, never>
  output: { notified: number }
}> = {
  slug: COMMENT_DIGEST_TASK,
  label: 'Báo bình luận chờ duyệt',
  schedule: [{ cron: process.env.COMMENT_DIGEST_CRON || '0 0 * * * *', queue: 'digests' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [{ name: 'notified', type: 'number' }],
  handler: async ({ req }) => ({ output: { notified: await notifyPendingComments(req) } }),
}
