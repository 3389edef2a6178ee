import { createHmac, timingSafeEqual } from 'node:crypto'

const key = () => process.env.PAYLOAD_SECRET || ''
const hmac = (text: string) => createHmac('sha256', key()).update(text).digest('hex')

/** The keyed hash an opted-out address is stored as (case and spaces aside). */
export const hashEmail = (email: string): string =>
  hmac(`email-opt-out:${email.trim().toLowerCase()}`).slice(0, 40)

const sign = (hash: string) => hmac(`unsubscribe:${hash}`).slice(0, 24)

/** The token of an address's unsubscribe link: its hash and a signature, never the address. */
export const unsubscribeToken = (email: string): string => {
  const hash = hashEmail(email)
  return `${hash}.${sign(hash)}`
}

/** The address hash a genuine token names, or null for a forged or damaged one. */
export function verifyUnsubscribeToken(token: unknown): string | null {
  if (typeof token !== 'string') return null
  const [hash, signature] = token.split('.')
  if (!hash || !signature || !/^[0-9a-f]{40}$/.test(hash)) return null
  const expected = Buffer.from(sign(hash))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected) ? hash : null
}
