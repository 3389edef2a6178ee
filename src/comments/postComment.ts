import type { PayloadRequest } from 'payload'

import { sqlPool } from '../lib/sqlPool'
import { hashAddress } from '../visitors/clientAddress'
import { consume, type RateLimit } from '../visitors/rateLimits'
import { checkCommentTarget } from './checkCommentTarget'
import { insertComment } from './insertComment'
import { moderationWordLists } from './moderationWordLists'
import { screenComment } from './screenComment'
import { validateCommentInput } from './validateCommentInput'

// Generous per address because many citizens share one (CGNAT, offices).
const PER_ADDRESS: RateLimit = { name: 'COMMENT_IP', points: 10, seconds: 600 }
const PER_ARTICLE: RateLimit = { name: 'COMMENT_ARTICLE', points: 120, seconds: 60 }

/** `status` of a success is the comment's (always "pending" to the sender); of a refusal, HTTP's. */
export type PostCommentResult =
  | { ok: true; id: number; status: 'pending' }
  | { ok: false; status: 400 | 429; message: string; retryAfter?: number }

/**
 * A citizen's comment, through the moderation pipeline; each step a reason people can read:
 * rate limit per address hash, shape, rate limit per article, the article must be published and
 * open to comments, replies go one level deep to approved comments, a filled honeypot is kept as
 * spam and answered like any other, banned words refuse, suspect words and links flag, the same
 * text from the same address within an hour is refused. Transport-free: the HTTP adapter is
 * collections/Comments/endpoints/createComment.ts.
 */
export async function postComment(args: {
  req: PayloadRequest
  body: unknown
  address: string
}): Promise<PostCommentResult> {
  const { req, body } = args
  const ipHash = hashAddress(args.address)
  const byAddress = await consume(req.payload, PER_ADDRESS, ipHash)
  if (!byAddress.ok) return byAddress

  const checked = validateCommentInput(body)
  if ('error' in checked) return refuse(checked.error)
  const { input } = checked
  const byArticle = await consume(req.payload, PER_ARTICLE, String(input.article))
  if (!byArticle.ok) return byArticle

  const refusal = await checkCommentTarget(req, input)
  if (refusal) return refuse(refusal)

  const pool = sqlPool(req.payload)
  // A robot caught by the honeypot gets the same answer as a person; spam is always stored
  // (never a duplicate), so the id is there.
  if (input.honeypot)
    return accepted((await insertComment(pool, input, ipHash, 'spam', ['honeypot']))!)

  const screening = screenComment(input.content, await moderationWordLists(req.payload))
  if (screening.refuse) return refuse(screening.refuse)

  const id = await insertComment(pool, input, ipHash, 'pending', screening.flags)
  return id === null
    ? refuse('Bạn đã gửi bình luận này rồi. Bình luận đang chờ kiểm duyệt.')
    : accepted(id)
}

const refuse = (message: string) => ({ ok: false, status: 400, message }) as const
const accepted = (id: number) => ({ ok: true, id, status: 'pending' }) as const
