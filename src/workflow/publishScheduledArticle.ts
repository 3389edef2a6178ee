import type { TaskConfig } from 'payload'

import { scheduledByItsOwnEditor } from './scheduledByItsOwnEditor'
import { recordTransition } from './recordTransition'
import { isWorkflowCollection, WORKFLOW_COLLECTIONS } from './workflowCollections'
import { writeWorkflowState } from './writeWorkflowState'

/**
 * Runs when a scheduled article's (or document's: input `collection`) time comes. Idempotent: it
 * publishes only one that is still approved (state `published`), due, and not yet live, so a
 * retry or an early unpublish does nothing harmful. A document that became secret or internal
 * since it was approved is not published: it goes back to draft, with the reason in its history.
 * Four-eyes is checked when the chief schedules (the transition) and again here: one whose content
 * the approving chief changed after approving goes back to review instead of online.
 */
export const publishScheduledArticle: TaskConfig<{
  input: { articleId: number; collection?: string | null }
  output: { published: boolean }
}> = {
  slug: 'publishScheduledArticle',
  label: 'Xuất bản theo lịch',
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 5_000 } },
  inputSchema: [
    { name: 'articleId', type: 'number', required: true },
    // Older jobs carry no collection: they are articles.
    { name: 'collection', type: 'text' },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const collection = isWorkflowCollection(input.collection) ? input.collection : 'articles'
    const doc = await req.payload.findByID({
      collection,
      id: input.articleId,
      req,
      overrideAccess: true,
      draft: true,
      depth: 0,
      disableErrors: true,
    })
    const due =
      doc?.workflowState === 'published' &&
      doc._status !== 'published' &&
      doc.publishedAt &&
      new Date(doc.publishedAt).getTime() <= Date.now() + 1000
    if (!doc || !due) return { output: { published: false } }
    const refusal = WORKFLOW_COLLECTIONS[collection].refusePublishing(doc as never)
    if (refusal) {
      await writeWorkflowState(req, doc.id, { workflowState: 'draft' }, collection)
      await recordTransition(req, {
        collection,
        id: doc.id,
        from: 'published',
        to: 'draft',
        note: refusal,
      })
      return { output: { published: false } }
    }
    const fourEyes = await scheduledByItsOwnEditor(req, collection, doc)
    if (fourEyes) {
      await writeWorkflowState(req, doc.id, { workflowState: 'in_review' }, collection)
      await recordTransition(req, {
        collection,
        id: doc.id,
        from: 'published',
        to: 'in_review',
        note: fourEyes,
      })
      return { output: { published: false } }
    }
    await writeWorkflowState(req, doc.id, { _status: 'published' }, collection)
    return { output: { published: true } }
  },
}
