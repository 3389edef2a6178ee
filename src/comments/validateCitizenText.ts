import { COMMENT_MIN, countCharacters } from './countCharacters'
import { sanitizeComment } from './sanitizeComment'

/** What every citizen's text carries: who wrote it (email optional), the text, the honeypot. */
export type CitizenText = {
  authorName: string
  authorEmail?: string
  content: string
  honeypot: boolean
}

/** How one kind of text is named and bounded: "bình luận" (5–500), "góp ý" and "câu hỏi" (5–5,000). */
export type TextKind = { noun: string; Noun: string; max: number }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * The checks comments, feedback on drafts and citizens' questions share, in the order people meet
 * them: consent, length in user-perceived characters after sanitising, name, email. Returns the
 * Vietnamese message of the first problem, or the clean plain text.
 */
export function validateCitizenText(
  b: Record<string, unknown>,
  kind: TextKind,
): { error: string } | { input: CitizenText } {
  if (typeof b.content !== 'string')
    return { error: `Bạn vui lòng nhập từ ${COMMENT_MIN} ký tự trở lên` }
  if (b.authorName !== undefined && typeof b.authorName !== 'string')
    return { error: 'Vui lòng nhập họ và tên.' }
  if (b.authorEmail !== undefined && b.authorEmail !== null && typeof b.authorEmail !== 'string')
    return { error: 'Địa chỉ thư điện tử không hợp lệ.' }
  if (b.consent !== true)
    return {
      error: `Vui lòng đồng ý với chính sách bảo vệ dữ liệu cá nhân trước khi gửi ${kind.noun}.`,
    }

  const content = sanitizeComment(b.content)
  const length = countCharacters(content)
  if (length < COMMENT_MIN) return { error: `Bạn vui lòng nhập từ ${COMMENT_MIN} ký tự trở lên` }
  if (length > kind.max)
    return { error: `${kind.Noun} không được dài quá ${kind.max} ký tự (hiện có ${length}).` }
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
  return { input: { authorName, authorEmail, content, honeypot } }
}
