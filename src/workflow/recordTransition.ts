import type { PayloadRequest } from 'payload'

import type { WorkflowState } from './states'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './workflowCollections'

/** Appends one row to the workflow's audit trail, in the caller's transaction (`req`). */
export async function recordTransition(
  req: PayloadRequest,
  entry: {
    collection?: WorkflowCollection
    id: number | string
    from: WorkflowState
    to: WorkflowState
    note: string
    /** A move of the correction pending on a live item. */
    correction?: boolean
  },
) {
  const { transitions, on } = WORKFLOW_COLLECTIONS[entry.collection ?? 'articles']
  await req.payload.create({
    collection: transitions,
    data: {
      [on]: Number(entry.id),
      from: entry.from,
      to: entry.to,
      by: req.user?.id ?? null,
      byName: (req.user as { name?: string } | null)?.name ?? 'Hệ thống',
      at: new Date().toISOString(),
      note: entry.note,
      correction: Boolean(entry.correction),
    } as never,
    req,
    overrideAccess: true,
  })
}
