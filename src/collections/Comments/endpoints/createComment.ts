import type { Endpoint, PayloadRequest } from 'payload'

import { clientAddress, hashAddress } from '../../../comments/clientAddress'
import { insertComment } from '../../../comments/insertComment'
import { moderationWordLists } from '../../../comments/moderationWordLists'
import { consume, tooManyRequests } from '../../../comments/rateLimits'
import { screenComment } from '../../../comments/screenComment'
import { validateCommentInput, type CommentInput } from '../../../comments/validateCommentInput'
import { errorResponse } from '../../../lib/errorResponse'
import { sqlPool } from '../../../lib/sqlPool'

const MAX_BODY_BYTES = 16 * 1024
const bad = (message: string, status = 400) => errorResponse(status, message)

/**
 * POST /api/comments { article, authorName, authorEmail?, content, parent?, consent: true }
 * → 201 { doc: { id, status: "pending" } }. The pipeline, each step a reason people can read:
 * size and shape, rate limits (per address hash and per article), the article must be published
 * and open to comments, replies go one level deep to approved comments, banned words refuse,
 * suspect words and links flag, the same text from the same address within an hour is refused,
 * a filled honeypot is kept as spam and answered like any other.
 */
export const createCommentEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return bad('Bình luận quá dài.', 413)
    let body: unknown
    try {
      const text = (await req.text?.()) ?? ''
      if (Buffer.byteLength(text) > MAX_BODY_BYTES) return bad('Bình luận quá dài.', 413)
      body = JSON.parse(text)
    } catch {
      return bad('Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    const ipHash = hashAddress(clientAddress(req.headers))
    const byAddress = await consume(req.payload, 'COMMENT_IP', ipHash)
    if (!byAddress.ok) return tooManyRequests(byAddress.retryAfter)

    const checked = validateCommentInput(body)
    if ('error' in checked) return bad(checked.error)
    const { input } = checked
    const byArticle = await consume(req.payload, 'COMMENT_ARTICLE', String(input.article))
    if (!byArticle.ok) return tooManyRequests(byArticle.retryAfter)

    const refusal = await checkTarget(req, input)
    if (refusal) return bad(refusal)

    const pool = sqlPool(req.payload)
    // Spam is always stored (never a duplicate), so the id is there.
    if (input.honeypot) return created((await insertComment(pool, input, ipHash, 'spam', ['honeypot']))!)

    const screening = screenComment(input.content, await moderationWordLists(req.payload))
    if (screening.refuse) return bad(screening.refuse)

    const id = await insertComment(pool, input, ipHash, 'pending', screening.flags)
    return id === null ? bad('Bạn đã gửi bình luận này rồi. Bình luận đang chờ kiểm duyệt.') : created(id)
  },
}

/** The article must be public and open to comments; a reply must answer an approved top-level comment of it. */
async function checkTarget(req: PayloadRequest, input: CommentInput): Promise<string | null> {
  // disableErrors turns "not found" into null; a database failure still throws (→ 503).
  const article = await req.payload.findByID({
    collection: 'articles',
    id: input.article,
    overrideAccess: false,
    depth: 0,
    req,
    disableErrors: true,
    select: { _status: true, allowComments: true },
  })
  if (!article || article._status !== 'published') return 'Bài viết không tồn tại hoặc chưa được xuất bản.'
  if (article.allowComments === false) return 'Bài viết này đã đóng bình luận.'
  if (input.parent === undefined) return null
  const parent = await req.payload.findByID({ collection: 'comments', id: input.parent, overrideAccess: true, depth: 0, req, disableErrors: true })
  const parentArticle = parent && (typeof parent.article === 'object' ? parent.article.id : parent.article)
  if (!parent || parent.status !== 'approved' || parentArticle !== input.article || parent.parent) {
    return 'Chỉ có thể trả lời bình luận đã được duyệt của bài viết này.'
  }
  return null
}

// A robot caught by the honeypot gets the same answer as a person.
const created = (id: number) => Response.json({ doc: { id, status: 'pending' } }, { status: 201 })
