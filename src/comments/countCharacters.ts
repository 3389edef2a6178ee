/**
 * Characters as people count them: NFC, trimmed, then grapheme clusters, so "ệ" typed as e + two
 * combining marks, or a family emoji joined by ZWJ, counts as one. Shared by the server's 5–500
 * check and the comment form's live counter.
 */
export const COMMENT_MIN = 5
export const COMMENT_MAX = 500

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' })

export function countCharacters(text: string): number {
  let n = 0
  for (const _ of segmenter.segment(text.normalize('NFC').trim())) n++
  return n
}
