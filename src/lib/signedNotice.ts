import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A message the server hands to a page through a redirect's query string (a form posted without
 * JavaScript). Signed with the portal's secret so a crafted link cannot make an official page
 * show words the portal never said.
 */
export const signNotice = (message: string): string =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || '')
    .update(`notice:${message}`)
    .digest('hex')
    .slice(0, 24)

export function verifyNotice(message: unknown, signature: unknown): message is string {
  if (typeof message !== 'string' || typeof signature !== 'string') return false
  const expected = Buffer.from(signNotice(message))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
