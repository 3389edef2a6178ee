import type { PayloadRequest, RequestContext } from 'payload'

import type { Article } from '../payload-types'
import type { WorkflowCollection } from './workflowCollections'

// The context key that marks a write as the workflow's own (tests set it too, to seed states).
const WORKFLOW_WRITE = 'workflowTransition'

export type WorkflowWrite = Partial<
  Pick<Article, 'workflowState' | '_status' | 'publishedAt' | 'correction' | 'submittedBy'>
>

/** True for the workflow's own writes, which may change the state and `_status` (see guardPublishing). */
export const isWorkflowWrite = (context: RequestContext): boolean =>
  Boolean(context[WORKFLOW_WRITE])

/**
 * The only way the workflow state, `_status`, the publication time and a correction's state are
 * written: a transition, a scheduled publish, or recording a direct unpublish. Runs in the
 * caller's transaction (`req`). `draft: true` writes a new draft version only (a correction's
 * moves): a plain update of an item with a pending draft would copy the draft into the live row
 * (Payload #13267), so corrections never use one until they are published.
 */
export async function writeWorkflowState(
  req: PayloadRequest,
  id: number | string,
  data: WorkflowWrite,
  collection: WorkflowCollection = 'articles',
  opts: { draft?: boolean } = {},
): Promise<void> {
  await req.payload.update({
    collection,
    id,
    data,
    req,
    draft: opts.draft,
    overrideAccess: true,
    // The workflow's own writes are never stopped by an editor's lock on the edit view.
    overrideLock: true,
    context: { [WORKFLOW_WRITE]: true },
  })
}
