import type { PayloadRequest, RequestContext } from 'payload'

import type { Article } from '../payload-types'
import type { WorkflowCollection } from './workflowCollections'

// The context key that marks a write as the workflow's own (tests set it too, to seed states).
const WORKFLOW_WRITE = 'workflowTransition'

export type WorkflowWrite = Partial<Pick<Article, 'workflowState' | '_status' | 'publishedAt'>>

/** True for the workflow's own writes, which may change the state and `_status` (see guardPublishing). */
export const isWorkflowWrite = (context: RequestContext): boolean =>
  Boolean(context[WORKFLOW_WRITE])

/**
 * The only way the workflow state, `_status` and the publication time are written: a transition,
 * a scheduled publish, or recording a direct unpublish. Runs in the caller's transaction (`req`).
 */
export async function writeWorkflowState(
  req: PayloadRequest,
  id: number | string,
  data: WorkflowWrite,
  collection: WorkflowCollection = 'articles',
): Promise<void> {
  await req.payload.update({
    collection,
    id,
    data,
    req,
    overrideAccess: true,
    context: { [WORKFLOW_WRITE]: true },
  })
}
