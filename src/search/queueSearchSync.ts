import type { PayloadRequest } from 'payload'

import type { IndexedCollection } from './searchIndex'
import { SYNC_TASK } from './syncToSearchTask'

/**
 * Queues the search sync of one row with the caller's `req`, so the job row is written in the
 * same transaction as the change: committed together, or not at all. Articles keep the
 * `{ articleId }` input older jobs have.
 */
export async function queueSearchSync(
  req: PayloadRequest,
  id: number | string,
  collection: IndexedCollection = 'articles',
): Promise<void> {
  const input =
    collection === 'articles' ? { articleId: Number(id) } : { collection, id: Number(id) }
  await req.payload.jobs.queue({ task: SYNC_TASK, input, req })
}
