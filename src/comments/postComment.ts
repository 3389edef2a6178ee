import type { PayloadRequest } from 'payload'

import { sqlPool } from '../lib/sqlPool'
import type { RateLimit } from '../visitors/rateLimits'
import { checkCommentTarget } from './checkCommentTarget'
import { insertComment } from './insertComment'
import { submitCitizenText, type CitizenTextKind, type SubmitResult } from './submitCitizenText'
import { validateCommentInput, type CommentInput } from './validateCommentInput'

// Generous per address because many citizens share one (CGNAT, offices).
const PER_ADDRESS: RateLimit = { name: 'COMMENT_IP', points: 10, seconds: 600 }
const PER_ARTICLE: RateLimit = { name: 'COMMENT_ARTICLE', points: 120, seconds: 60 }

export type PostCommentResult = SubmitResult

/**
 * Comments through the shared pipeline (submitCitizenText): the article must be published and
 * open to comments, replies go one level deep to approved comments. Transport-free: the HTTP
 * adapter is collections/Comments/endpoints/createComment.ts.
 */
const comment: CitizenTextKind<CommentInput> = {
  perAddress: PER_ADDRESS,
  perTarget: PER_ARTICLE,
  validate: validateCommentInput,
  targetKey: (input) => String(input.article),
  checkTarget: checkCommentTarget,
  insert: (req, input, ipHash, status, screened) =>
    insertComment(sqlPool(req.payload), input, ipHash, status, screened),
  duplicate: 'Bạn đã gửi bình luận này rồi. Bình luận đang chờ kiểm duyệt.',
}

export const postComment = (args: {
  req: PayloadRequest
  body: unknown
  address: string
}): Promise<PostCommentResult> => submitCitizenText(comment, args)
