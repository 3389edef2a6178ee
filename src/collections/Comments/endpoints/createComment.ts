import type { Endpoint } from 'payload'

import { postComment } from '../../../comments/postComment'
import { errorResponse } from '../../../lib/errorResponse'
import { clientAddress } from '../../../visitors/clientAddress'

const MAX_BODY_BYTES = 16 * 1024
const TOO_LONG = 'Bình luận quá dài.'

/**
 * POST /api/comments { article, authorName, authorEmail?, content, parent?, consent: true }
 * → 201 { doc: { id, status: "pending" } }. The adapter: size and JSON here, the pipeline in
 * comments/postComment.ts, its refusals as 400/429 with a Vietnamese message.
 */
export const createCommentEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
      return errorResponse(413, TOO_LONG)
    let body: unknown
    try {
      const text = (await req.text?.()) ?? ''
      if (Buffer.byteLength(text) > MAX_BODY_BYTES) return errorResponse(413, TOO_LONG)
      body = JSON.parse(text)
    } catch {
      return errorResponse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    const result = await postComment({ req, body, address: clientAddress(req.headers) })
    if (!result.ok) {
      const retry = result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : undefined
      return errorResponse(result.status, result.message, retry)
    }
    return Response.json({ doc: { id: result.id, status: result.status } }, { status: 201 })
  },
}
