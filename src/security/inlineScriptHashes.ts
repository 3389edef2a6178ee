import { createHash } from 'node:crypto'

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
// Data blocks (JSON-LD) are never executed, so CSP does not apply to them.
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(ld\+)?json/i

/**
 * Base64 SHA-256 of every inline script's text, as CSP's 'sha256-…' sources expect: the bytes
 * between the tags, which the browser does not decode (script content is raw text).
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (!text || /\bsrc\s*=/i.test(attributes) || DATA_BLOCK.test(attributes)) continue
    hashes.add(createHash('sha256').update(text, 'utf8').digest('base64'))
  }
  return [...hashes]
}
