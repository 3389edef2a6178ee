import type { Endpoint } from 'payload'

import { errorResponse } from '../../../lib/errorResponse'
import { submitRating } from '../../../ratings/submitRating'
import { clientAddress } from '../../../visitors/clientAddress'
import { newVisitor, readVisitor } from '../../../visitors/visitorCookie'

/**
 * POST /api/articles/{id}/rating { score: 1..5 } → 200 { average, count, total }. The adapter:
 * JSON and the visitor cookie (signed, first-party, set on the first vote) here, the rules in
 * ratings/submitRating.ts.
 */
export const ratingEndpoint: Endpoint = {
  path: '/:id/rating',
  method: 'post',
  handler: async (req) => {
    let body: unknown
    try {
      body = JSON.parse((await req.text?.()) || 'null') ?? {}
    } catch {
      return errorResponse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    const known = readVisitor(req.headers.get('cookie'))
    const visitor = known
      ? { id: known, setCookie: null }
      : newVisitor(req.headers.get('x-forwarded-proto') === 'https')
    const result = await submitRating({
      req,
      articleId: req.routeParams?.id,
      body,
      address: clientAddress(req.headers),
      visitor: visitor.id,
    })
    if (!result.ok) {
      const retry = result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : undefined
      return errorResponse(result.status, result.message, retry)
    }
    return Response.json(result.summary, {
      headers: visitor.setCookie ? { 'Set-Cookie': visitor.setCookie } : {},
    })
  },
}
