import type { PayloadRequest } from 'payload'

import { breaksFourEyes, FOUR_EYES_MESSAGE, siteFourEyes } from './fourEyes'
import { WORKFLOW_COLLECTIONS, type WorkflowCollection } from './workflowCollections'

/**
 * At a scheduled item's time, with four-eyes on: whether the chief who approved it (the last
 * move to `published` in its history) has since become its last content editor. Returns the
 * reason to record, or null when it may go online.
 */
export async function scheduledByItsOwnEditor(
  req: PayloadRequest,
  collection: WorkflowCollection,
  doc: { id: number | string; site?: unknown; submittedBy?: unknown; lastContentEditor?: unknown },
): Promise<string | null> {
  if (!(await siteFourEyes(req, doc.site))) return null
  const { transitions, on } = WORKFLOW_COLLECTIONS[collection]
  const { docs } = await req.payload.find({
    collection: transitions,
    where: { and: [{ [on]: { equals: doc.id } }, { to: { equals: 'published' } }] },
    sort: ['-at', '-id'],
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const approver = (docs[0] as { by?: unknown } | undefined)?.by
  return breaksFourEyes(approver, doc)
    ? `${FOUR_EYES_MESSAGE} Bài hẹn giờ được trả về chờ duyệt.`
    : null
}
