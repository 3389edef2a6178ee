import React from 'react'

import { splitHighlights } from './splitHighlights'

const TITLES = {
  banned: { exact: 'Từ cấm', near: 'Gần giống từ cấm' },
  suspect: { exact: 'Từ nghi vấn', near: 'Từ nghi vấn' },
}

/**
 * A citizen's text with the list words it matched marked: plain React text nodes and <mark>
 * elements, never HTML, so nothing a citizen typed can become markup.
 */
export function HighlightedText({ text, matches }: { text: string; matches: unknown }) {
  return (
    <>
      {splitHighlights(text, matches).map((piece, i) =>
        piece.match ? (
          <mark
            key={i}
            className={`mq-mark mq-mark--${piece.match.list}`}
            title={TITLES[piece.match.list][piece.match.exact ? 'exact' : 'near']}
          >
            {piece.text}
          </mark>
        ) : (
          <React.Fragment key={i}>{piece.text}</React.Fragment>
        ),
      )}
    </>
  )
}
