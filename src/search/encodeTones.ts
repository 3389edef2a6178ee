/**
 * Tone-exact search: Meilisearch folds every mark away ("bán", "bàn", "bạn" are all "ban"), so
 * a copy of the text is indexed with each syllable rewritten as one ASCII token that keeps its
 * marks, Telex-style: vowel marks doubled or followed by "w" in place (â→aa, ă→aw, ơ→ow, đ→dd),
 * the tone as a last letter (s sắc, f huyền, r hỏi, x ngã, j nặng, z for the level tone).
 * "Đảng" → "ddangr", "đăng" → "ddawngz", "bán" → "bans", "ban" → "banz". Old and new tone
 * placement agree ("hoà"/"hòa" → "hoaf"). No Vietnamese syllable ends in one of those letters,
 * so a token never equals another syllable; and the level tone's "z" keeps "thương" from
 * matching "thường" as a prefix (Meilisearch matches a query's last word as a prefix).
 */

const TONES: Record<string, string> = {
  '\u0301': 's',
  '\u0300': 'f',
  '\u0309': 'r',
  '\u0303': 'x',
  '\u0323': 'j',
}
const VOWEL_MARKS: Record<string, (base: string) => string> = {
  '\u0302': (base) => base + base, // â ê ô
  '\u0306': (base) => base + 'w', // ă
  '\u031B': (base) => base + 'w', // ơ ư
}
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/** One word, lower case, in tone-token form; numbers stay as they are. */
export function encodeWord(word: string): string {
  let out = ''
  let tone = ''
  for (const char of word.toLowerCase().normalize('NFD').replace(/đ/g, 'dd')) {
    if (TONES[char]) tone = TONES[char]
    else if (VOWEL_MARKS[char]) out = out.slice(0, -1) + VOWEL_MARKS[char](out.slice(-1))
    else if (!/\p{M}/u.test(char)) out += char
  }
  return /\p{L}/u.test(out) ? out + (tone || 'z') : out
}

/** Every word of a text in tone-token form, space-separated ("Đảng ủy 15" → "ddangr uyr 15"). */
export function encodeTones(text: string | null | undefined): string {
  return Array.from((text ?? '').matchAll(WORD), (m) => encodeWord(m[0])).join(' ')
}

/** True when a query carries any Vietnamese mark (tone, vowel mark or đ): tone-exact applies. */
export const hasVietnameseMarks = (text: string) => /[\u0300-\u036Fđ]/i.test(text.normalize('NFD'))
