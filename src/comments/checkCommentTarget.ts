import type { PayloadRequest } from 'payload'

import { sqlPool } from '../lib/sqlPool'
import { readCommentClosing } from './closing/readCommentClosing'
import type { CommentInput } from './validateCommentInput'

/** The refusal when an article takes no more comments (the editor's switch, a moderator, the site's delay). */
export const COMMENTS_CLOSED = 'Bình luận đã đóng.'

/**
 * The article must be public and open to comments (src/comments/closing); a reply must answer an approved top-level
 * comment of it. Returns the Vietnamese refusal, or null when the comment may go on.
 */
export async function checkCommentTarget(
  req: PayloadRequest,
  input: CommentInput,
): Promise<string | null> {
  // disableErrors turns "not found" into null; a database failure still throws (→ 503).
  const article = await req.payload.findByID({
    collection: 'articles',
    id: input.article,
    overrideAccess: false,
    depth: 0,
    req,
    disableErrors: true,
    select: { _status: true },
  })
  if (!article || article._status !== 'published')
    return 'Bài viết không tồn tại hoặc chưa được xuất bản.'
  if ((await readCommentClosing(sqlPool(req.payload), input.article))?.closed !== false)
    return COMMENTS_CLOSED
  if (input.parent === undefined) return null
  const parent = await req.payload.findByID({
    collection: 'comments',
    id: input.parent,
    overrideAccess: true,
    depth: 0,
    req,
    disableErrors: true,
  })
  const parentArticle =
    parent && (typeof parent.article === 'object' ? parent.article.id : parent.article)
  if (!parent || parent.status !== 'approved' || parentArticle !== input.article || parent.parent) {
    return 'Chỉ có thể trả lời bình luận đã được duyệt của bài viết này.'
  }
  return null
}
