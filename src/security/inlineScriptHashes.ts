import { createHash } from 'node:crypto'

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
// Data blocks (JSON-LD) are never executed, so CSP does not apply to them.
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(ld\+)?json/i

/**
 * Base64 SHA-256 of every inline script's text, as CSP's 'sha256-…' sources expect: the bytes
 * between the tags, which the browser does not decode (script content is raw text). `html` is
 * text, or with 'latin1' the page's UTF-8 bytes one character per byte (what the web server
 * holds: 40× faster to make than text, and every pattern here is ASCII).
 */
export function inlineScriptHashes(html: string, encoding: 'utf8' | 'latin1' = 'utf8'): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (!text || /\bsrc\s*=/i.test(attributes) || DATA_BLOCK.test(attributes)) continue
    hashes.add(createHash('sha256').update(text, encoding).digest('base64'))
  }
  return [...hashes]
}
