import type { PayloadRequest } from 'payload'

import { sqlPool } from '../lib/sqlPool'
import { revalidateDocSites } from '../site/revalidateHooks'
import { hashAddress } from '../visitors/clientAddress'
import { consume, type RateLimit } from '../visitors/rateLimits'
import { rateArticle, type RatingSummary } from './rateArticle'

const PER_ADDRESS: RateLimit = { name: 'RATING_IP', points: 60, seconds: 600 }

export type SubmitRatingResult =
  | { ok: true; summary: RatingSummary }
  | { ok: false; status: 400 | 404 | 429; message: string; retryAfter?: number }

/**
 * One visitor's vote on a published article that takes ratings: the score must be a whole
 * number from 1 to 5, the address has a budget, and a second vote of the same visitor replaces
 * the first. Transport-free: the HTTP adapter (collections/Articles/endpoints/rating.ts) parses
 * the body and owns the visitor cookie.
 */
export async function submitRating(args: {
  req: PayloadRequest
  articleId: unknown
  body: unknown
  address: string
  visitor: string
}): Promise<SubmitRatingResult> {
  const { req } = args
  const score =
    args.body && typeof args.body === 'object'
      ? (args.body as { score?: unknown }).score
      : undefined
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    return { ok: false, status: 400, message: 'Điểm đánh giá phải là số nguyên từ 1 đến 5.' }
  }
  const limit = await consume(req.payload, PER_ADDRESS, hashAddress(args.address))
  if (!limit.ok) return limit

  const id = Number(args.articleId)
  const article = Number.isSafeInteger(id)
    ? await req.payload.findByID({
        collection: 'articles',
        id,
        overrideAccess: false,
        depth: 0,
        disableErrors: true,
      })
    : null
  if (!article || article._status !== 'published')
    return { ok: false, status: 404, message: 'Không tìm thấy tin bài.' }
  if (article.allowRating === false)
    return { ok: false, status: 400, message: 'Bài viết này không nhận đánh giá.' }

  const summary = await rateArticle(sqlPool(req.payload), id, args.visitor, score)
  await revalidateDocSites(req, article)
  return { ok: true, summary }
}
