import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const VISITOR_COOKIE = 'portal_visitor'

const sign = (id: string) =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || '')
    .update(`visitor:${id}`)
    .digest('base64url')
    .slice(0, 22)

/** The visitor id from a signed cookie value "id.signature", or null when absent or forged. */
export function readVisitor(cookieHeader: string | null): string | null {
  const match = new RegExp(
    `(?:^|;\\s*)${VISITOR_COOKIE}=([A-Za-z0-9_-]{16,64})\\.([A-Za-z0-9_-]{22})(?:;|$)`,
  ).exec(cookieHeader ?? '')
  if (!match) return null
  const [, id, signature] = match
  const expected = Buffer.from(sign(id))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}

/** A new visitor: the id and its Set-Cookie header (first-party, httpOnly, SameSite=Lax, a year). */
export function newVisitor(secure: boolean): { id: string; setCookie: string } {
  const id = randomBytes(16).toString('base64url')
  const attributes = [
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${365 * 24 * 3600}`,
    ...(secure ? ['Secure'] : []),
  ]
  return { id, setCookie: `${VISITOR_COOKIE}=${id}.${sign(id)}; ${attributes.join('; ')}` }
}
