import { createHmac } from 'node:crypto'

/**
 * Who a visitor is, for one day only: HMAC-SHA256 of the client address and user agent, keyed by
 * a salt derived from a secret and the local day (src/stats/visitDay.ts). Derived, not stored:
 * every instance computes the same salt, and at local midnight every hash changes, so nothing
 * links a visitor's days. The raw address is never kept (the hash is all the buffer holds).
 */
const secret = () =>
  process.env.VISIT_HASH_SECRET || process.env.IP_HASH_SECRET || process.env.PAYLOAD_SECRET || ''

let cached: { key: string; salt: Buffer } | null = null

/** The day's salt: HMAC(secret, "visits:" + day). */
export function dailySalt(day: string, key = secret()): Buffer {
  const id = `${key}\n${day}`
  if (cached?.key !== id)
    cached = { key: id, salt: createHmac('sha256', key).update(`visits:${day}`).digest() }
  return cached.salt
}

/** The visitor's hash for that day: 32 hex characters. */
export function visitorHash(
  address: string,
  userAgent: string,
  day: string,
  key = secret(),
): string {
  return createHmac('sha256', dailySalt(day, key))
    .update(`${address}\n${userAgent}`)
    .digest('hex')
    .slice(0, 32)
}
