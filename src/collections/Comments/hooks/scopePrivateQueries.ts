import { scopePrivateQueriesOf } from '../../../sites/scopePrivateQueries'

/** Fields only a comment's moderators may read (src/collections/Comments/index.ts). */
export const PRIVATE_COMMENT_FIELDS = [
  'authorEmail',
  'ipHash',
  'flags',
  'rejectionReason',
  'rejectionNote',
  'moderationLog',
  'matchedWords',
  'commenterNotifiedAt',
]

/** Queries by a private field of comments reach only the sites the user moderates. */
export const scopePrivateQueries = scopePrivateQueriesOf<'comments'>(PRIVATE_COMMENT_FIELDS, [
  'admin',
  'moderator',
])
