import type { CollectionAfterChangeHook } from 'payload'

import type { Comment } from '../../payload-types'

export const COMMENTER_EMAIL_TASK = 'notifyCommenter'

/**
 * When a moderator approves or rejects a comment whose author left an email, one mail is queued
 * in the same transaction as the decision (notifyCommenterTask.ts sends it, at most once per
 * comment, unless the address opted out).
 */
export const queueCommenterEmail: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const decided = doc.status === 'approved' || doc.status === 'rejected'
  if (
    operation === 'update' &&
    decided &&
    previousDoc?.status !== doc.status &&
    doc.authorEmail &&
    !doc.commenterNotifiedAt
  )
    await req.payload.jobs.queue({ task: COMMENTER_EMAIL_TASK, input: { commentId: doc.id }, req })
  return doc
}
