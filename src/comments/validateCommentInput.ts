import { COMMENT_MAX, COMMENT_MIN, countCharacters } from './countCharacters'
import { sanitizeComment } from './sanitizeComment'

export type CommentInput = {
  article: number
  parent?: number
  authorName: string
  authorEmail?: string
  content: string
  honeypot: boolean
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const toId = (v: unknown) =>
  typeof v === 'number' || (typeof v === 'string' && /^\d{1,12}$/.test(v)) ? Number(v) : NaN

/**
 * Checks the shape of POST /api/comments and turns it into plain, NFC text. Returns the
 * Vietnamese message of the first problem, or the clean input.
 */
export function validateCommentInput(body: unknown): { error: string } | { input: CommentInput } {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { error: 'Dữ liệu gửi lên không hợp lệ.' }
  const b = body as Record<string, unknown>
  const article = toId(b.article)
  if (!Number.isSafeInteger(article) || article < 1)
    return { error: 'Bài viết không tồn tại hoặc chưa được xuất bản.' }
  const parent =
    b.parent === undefined || b.parent === null || b.parent === '' ? undefined : toId(b.parent)
  if (parent !== undefined && (!Number.isSafeInteger(parent) || parent < 1))
    return { error: 'Bình luận được trả lời không hợp lệ.' }
  if (typeof b.content !== 'string')
    return { error: `Bạn vui lòng nhập từ ${COMMENT_MIN} ký tự trở lên` }
  if (b.authorName !== undefined && typeof b.authorName !== 'string')
    return { error: 'Vui lòng nhập họ và tên.' }
  if (b.authorEmail !== undefined && b.authorEmail !== null && typeof b.authorEmail !== 'string')
    return { error: 'Địa chỉ thư điện tử không hợp lệ.' }
  if (b.consent !== true)
    return {
      error: 'Vui lòng đồng ý với chính sách bảo vệ dữ liệu cá nhân trước khi gửi bình luận.',
    }

  const content = sanitizeComment(b.content)
  const length = countCharacters(content)
  if (length < COMMENT_MIN) return { error: `Bạn vui lòng nhập từ ${COMMENT_MIN} ký tự trở lên` }
  if (length > COMMENT_MAX)
    return { error: `Bình luận không được dài quá ${COMMENT_MAX} ký tự (hiện có ${length}).` }
  const authorName = sanitizeComment(String(b.authorName ?? '')).replace(/\s+/g, ' ')
  if (!authorName) return { error: 'Vui lòng nhập họ và tên.' }
  if (countCharacters(authorName) > 80) return { error: 'Họ và tên không được dài quá 80 ký tự.' }
  const authorEmail =
    typeof b.authorEmail === 'string' && b.authorEmail.trim()
      ? b.authorEmail.trim().normalize('NFC')
      : undefined
  if (authorEmail && (authorEmail.length > 254 || !EMAIL.test(authorEmail)))
    return { error: 'Địa chỉ thư điện tử không hợp lệ.' }
  // The honeypot: a field people never see, that form-filling robots do fill.
  const honeypot = typeof b.website === 'string' && b.website.trim() !== ''
  return { input: { article, parent, authorName, authorEmail, content, honeypot } }
}
