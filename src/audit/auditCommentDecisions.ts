import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from './recordAudit'

/** A moderator approving or rejecting a comment, in the decision's transaction. */
export const auditCommentDecisions: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const action =
    doc.status === 'approved'
      ? 'comment-approve'
      : doc.status === 'rejected'
        ? 'comment-reject'
        : null
  if (action) await recordAudit(req, { action, target: `comments:${doc.id}` })
  return doc
}
