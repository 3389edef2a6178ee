import type { ServerResponse } from 'node:http'

const HINT = 'sec-ch-prefers-color-scheme'

/**
 * Payload's withPayload asks every path for the color-scheme client hint (its admin theme) with
 * `Critical-CH`, which makes the browser fetch a public page twice on a first visit (one more
 * round trip on a phone's network before anything shows). Public pages have one theme: they
 * drop the request and the Vary on it.
 */
export function withoutAdminHints(res: ServerResponse): void {
  res.removeHeader('accept-ch')
  res.removeHeader('critical-ch')
  const vary = String(res.getHeader('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v && v.toLowerCase() !== HINT)
  if (vary.length) res.setHeader('Vary', vary.join(', '))
  else res.removeHeader('vary')
}
