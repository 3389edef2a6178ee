import { isbot } from 'isbot'

import { clientAddress } from '../visitors/clientAddress'
import type { VisitBuffer } from './visitBuffer'
import { localDayKey } from './visitDay'
import { visitorHash } from './visitorHash'

/** A page path as the beacon sends it: '/tin-tuc/abc', no query string, at most 300 characters. */
const PATH = /^\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]{0,299}$/

/** The page of a beacon's body `{ "path": "/…" }`, trailing slash dropped; null when it is not one. */
export function parseHitBody(text: string): string | null {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return null
  }
  const path = (body as { path?: unknown } | null)?.path
  if (typeof path !== 'string' || !PATH.test(path) || path.includes('//')) return null
  return path.length > 1 ? path.replace(/\/$/, '') : path
}

/**
 * One beacon: bots (isbot's list, or no user agent at all) are left out; anyone else goes into
 * this instance's buffer as the day's hash of address + user agent. No database access here.
 */
export function recordHit(
  buffer: VisitBuffer,
  hit: { siteId: number; path: string; headers: Headers; now?: Date },
): 'queued' | 'bot' {
  const userAgent = hit.headers.get('user-agent')?.trim() ?? ''
  if (!userAgent || isbot(userAgent)) {
    buffer.figures.bots++
    return 'bot'
  }
  const at = hit.now ?? new Date()
  const visitor = visitorHash(clientAddress(hit.headers), userAgent, localDayKey(at))
  buffer.add({ siteId: hit.siteId, path: hit.path, visitor, at })
  return 'queued'
}
