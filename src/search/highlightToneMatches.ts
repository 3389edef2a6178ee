import { encodeTones, encodeWord } from './encodeTones'

const WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * Wraps in `pre`/`post` every word of `text` written with exactly the tones of a query word (the
 * last query word also as a prefix, as Meilisearch matches it): the highlight of a hit found by
 * its tone tokens.
 */
export function highlightToneMatches(text: string, q: string, pre: string, post: string): string {
  const words = encodeTones(q).split(' ').filter(Boolean)
  const last = words.at(-1) ?? ''
  const exact = new Set(words)
  return text.replace(WORD, (word) => {
    const token = encodeWord(word)
    return exact.has(token) || (last && token.startsWith(last)) ? `${pre}${word}${post}` : word
  })
}
