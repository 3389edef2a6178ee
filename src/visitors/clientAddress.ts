import { createHmac } from 'node:crypto'

/** Set by src/launcher/webServer.ts from the socket, replacing anything the client sent. */
export const SOCKET_ADDRESS_HEADER = 'x-portal-socket-address'

/**
 * The client's address: the socket's, or with TRUST_PROXY=1 the right-most X-Forwarded-For entry
 * (the one our own proxy appended; entries left of it are whatever the client claimed).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = lastForwarded(headers.get('x-forwarded-for'))
  const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim()
  const address = process.env.TRUST_PROXY === '1' ? forwarded || socket : socket || forwarded
  return normalizeAddress(address || 'unknown')
}

/** The right-most non-empty entry of X-Forwarded-For ('' for none). */
function lastForwarded(value: string | null): string {
  const entries = value?.split(',') ?? []
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i].trim()
    if (entry) return entry
  }
  return ''
}

/** "::ffff:1.2.3.4" and "1.2.3.4" are the same client. */
const normalizeAddress = (address: string) => address.replace(/^::ffff:/i, '').toLowerCase()

/**
 * The raw address is never stored: a keyed hash (HMAC-SHA256 with IP_HASH_SECRET, falling back to
 * PAYLOAD_SECRET) lets moderators group and rate-limit without knowing it.
 */
export function hashAddress(address: string): string {
  const key = process.env.IP_HASH_SECRET || process.env.PAYLOAD_SECRET || ''
  return createHmac('sha256', key).update(address).digest('hex').slice(0, 32)
}
