import { foldVietnamese } from '../lib/vietnamese'

export type Screening = { refuse?: string; flags: string[] }

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|vn|info|xyz|top|io)(?:\/\S*)?/gi

/** Lower-case, tone marks folded, every run of non-letters a single space: "Đảng!" → " dang ". */
const fold = (text: string) => ` ${foldVietnamese(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `

/** Words or phrases of a list (one per line) found in the text, matched with and without tone marks. */
export function findWords(text: string, list: string[]): string[] {
  const haystack = fold(text)
  return list.map((w) => w.trim()).filter((w) => w && haystack.includes(fold(w)))
}

/**
 * The moderation pipeline's word and link checks (each result is a reason the moderator sees):
 * a banned word refuses the comment, a suspect word or more than two links flag it for review.
 */
export function screenComment(text: string, lists: { banned: string[]; suspect: string[] }): Screening {
  const banned = findWords(text, lists.banned)
  if (banned.length) return { refuse: 'Bình luận có từ ngữ không phù hợp, vui lòng sửa lại.', flags: ['tu-cam'] }
  const flags: string[] = []
  if (findWords(text, lists.suspect).length) flags.push('tu-nghi-van')
  if ((text.match(LINK) ?? []).length > 2) flags.push('nhieu-lien-ket')
  return { flags }
}

export const parseWordList = (value: string | null | undefined) =>
  (value ?? '').split(/[\n,;]+/).map((w) => w.trim()).filter(Boolean)
