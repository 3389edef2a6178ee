import { COMMENT_MAX } from './countCharacters'
import { validateCitizenText, type CitizenText } from './validateCitizenText'

export type CommentInput = CitizenText & { article: number; parent?: number }

const COMMENT: { noun: string; Noun: string; max: number } = {
  noun: 'bình luận',
  Noun: 'Bình luận',
  max: COMMENT_MAX,
}

export const toId = (v: unknown) =>
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
  const checked = validateCitizenText(b, COMMENT)
  if ('error' in checked) return checked
  return { input: { article, parent, ...checked.input } }
}
