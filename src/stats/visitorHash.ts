import { createHmac, hash } from 'node:crypto'

/**
 * Who a visitor is, for one day only: a hash of the client address and user agent, keyed by a
 * salt derived from a secret and the local day (src/stats/visitDay.ts). Derived, not stored:
 * every instance computes the same salt, and at local midnight every hash changes, so nothing
 * links a visitor's days. The raw address is never kept (the hash is all the buffer holds).
 */
const secret = () =>
  process.env.VISIT_HASH_SECRET || process.env.IP_HASH_SECRET || process.env.PAYLOAD_SECRET || ''

type Salt = { id: string; bytes: Buffer; hex: string }
let cached: Salt | null = null

function saltOf(day: string, key: string): Salt {
  const id = `${key}\n${day}`
  if (cached?.id !== id) {
    const bytes = createHmac('sha256', key).update(`visits:${day}`).digest()
    cached = { id, bytes, hex: bytes.toString('hex') }
  }
  return cached
}

/** The day's salt: HMAC(secret, "visits:" + day). */
export const dailySalt = (day: string, key = secret()): Buffer => saltOf(day, key).bytes

/**
 * The visitor's hash for that day: 32 hex characters of SHA-256 over the day's secret salt
 * (fixed length, first), the address and the user agent. One-shot `crypto.hash`: an HMAC object
 * per beacon cost ~15 µs under load; a secret prefix is enough, the hash is never shown.
 */
export function visitorHash(
  address: string,
  userAgent: string,
  day: string,
  key = secret(),
): string {
  const salt = saltOf(day, key).hex
  return hash('sha256', `${salt}\n${address}\n${userAgent}`, 'hex').slice(0, 32)
}
