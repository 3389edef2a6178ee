/** A list word stored with a comment (screenComment's WordMatch, as JSON). */
export type StoredMatch = {
  word: string
  list: 'banned' | 'suspect'
  exact: boolean
  start: number
  end: number
}

export type Piece = { text: string; match?: StoredMatch }

const isMatch = (m: unknown): m is StoredMatch => {
  const x = m as StoredMatch
  return (
    Boolean(x) &&
    typeof x.word === 'string' &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    (x.list === 'banned' || x.list === 'suspect')
  )
}

/**
 * The text cut into plain pieces and matched words, in order, for rendering as React text nodes
 * (never as HTML). A stored offset that no longer points at its word (text normalised since) is
 * looked up again; overlapping matches keep the first.
 */
export function splitHighlights(text: string, matches: unknown): Piece[] {
  const found = (Array.isArray(matches) ? matches.filter(isMatch) : [])
    .map((m) => {
      if (text.slice(m.start, m.end) === m.word) return m
      const at = text.indexOf(m.word)
      return at < 0 ? null : { ...m, start: at, end: at + m.word.length }
    })
    .filter((m): m is StoredMatch => m !== null && m.end > m.start)
    .sort((a, b) => a.start - b.start)
  const pieces: Piece[] = []
  let at = 0
  for (const m of found) {
    if (m.start < at) continue
    if (m.start > at) pieces.push({ text: text.slice(at, m.start) })
    pieces.push({ text: text.slice(m.start, m.end), match: m })
    at = m.end
  }
  if (at < text.length) pieces.push({ text: text.slice(at) })
  return pieces
}
