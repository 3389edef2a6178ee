import sanitizeHtml from 'sanitize-html'

/**
 * What a citizen sends becomes plain text: every tag is removed by sanitize-html (its text kept),
 * entities decoded back to characters (React escapes them again when rendering), control
 * characters other than line breaks dropped, NFC, trimmed.
 */
export function sanitizeComment(input: string): string {
  const text = sanitizeHtml(input, {
    allowedTags: [],
    allowedAttributes: {},
    disallowedTagsMode: 'discard',
  })
  return decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .normalize('NFC')
    .trim()
}

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ''
    }
    return named[code.toLowerCase()] ?? whole
  })
}
