import type { Endpoint } from 'payload'

import { clientAddress, hashAddress } from '../../../comments/clientAddress'
import { consume, tooManyRequests } from '../../../comments/rateLimits'
import { errorResponse } from '../../../lib/errorResponse'
import { sqlPool } from '../../../lib/sqlPool'
import { rateArticle } from '../../../ratings/rateArticle'
import { newVisitor, readVisitor } from '../../../ratings/visitorCookie'
import { revalidateSite } from '../../../site/revalidateSite'

const bad = (message: string, status = 400) => errorResponse(status, message)

/**
 * POST /api/articles/{id}/rating { score: 1..5 } → 200 { average, count, total }. One vote per
 * visitor per article (a signed first-party cookie, set on the first vote); a second vote
 * replaces the first.
 */
export const ratingEndpoint: Endpoint = {
  path: '/:id/rating',
  method: 'post',
  handler: async (req) => {
    let body: { score?: unknown }
    try {
      body = JSON.parse((await req.text?.()) || 'null') ?? {}
    } catch {
      return bad('Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    const score = body && typeof body === 'object' ? body.score : undefined
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
      return bad('Điểm đánh giá phải là số nguyên từ 1 đến 5.')
    }
    const limit = await consume(req.payload, 'RATING_IP', hashAddress(clientAddress(req.headers)))
    if (!limit.ok) return tooManyRequests(limit.retryAfter)

    const id = Number(req.routeParams?.id)
    const article = Number.isSafeInteger(id)
      ? await req.payload.findByID({ collection: 'articles', id, overrideAccess: false, depth: 0, disableErrors: true })
      : null
    if (!article || article._status !== 'published') return bad('Không tìm thấy tin bài.', 404)
    if (article.allowRating === false) return bad('Bài viết này không nhận đánh giá.')

    const known = readVisitor(req.headers.get('cookie'))
    const visitor = known ? { id: known, setCookie: null } : newVisitor(req.headers.get('x-forwarded-proto') === 'https')
    const summary = await rateArticle(sqlPool(req.payload), id, visitor.id, score)
    revalidateSite()
    return Response.json(summary, { headers: visitor.setCookie ? { 'Set-Cookie': visitor.setCookie } : {} })
  },
}
