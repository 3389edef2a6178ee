/** Private-use characters Meilisearch wraps around matches; indexed text never contains them. */
export const HIGHLIGHT_PRE = '\uE000'
export const HIGHLIGHT_POST = '\uE001'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/**
 * Meilisearch's formatted text as safe HTML: everything escaped, then only our own `<mark>`
 * around the matches. Unbalanced markers (never expected) are dropped rather than trusted.
 */
export function toHighlightHtml(formatted: string | null | undefined): string {
  let open = false
  let html = ''
  for (const part of escapeHtml(formatted ?? '').split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_PRE) {
      if (!open) html += '<mark>'
      open = true
    } else if (part === HIGHLIGHT_POST) {
      if (open) html += '</mark>'
      open = false
    } else html += part
  }
  return open ? html + '</mark>' : html
}
