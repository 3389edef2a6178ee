import type { IncomingMessage, ServerResponse } from 'node:http'
import pg from 'pg'

import { DATABASE_UNAVAILABLE_MESSAGE } from '../lib/databaseOutage'
import { errorResponse } from '../lib/errorResponse'
import { SITE_HEADER, siteKeys } from '../sites/requestSite'
import { answerHit } from './answerHit'
import { beaconSiteId } from './beaconSite'

const BEACON = /^(?:\/don-vi\/([a-z0-9-]+))?\/api\/stats\/hit\/?(?:\?.*)?$/i
const MAX_BODY = 2048

/** The beacon's site prefix ('' for none), or null when the request is not a beacon. */
export function beaconPrefix(method: string | undefined, url: string | undefined): string | null {
  if (method !== 'POST' || !url) return null
  const match = BEACON.exec(url)
  return match ? (match[1] ?? '').toLowerCase() : null
}

let pool: pg.Pool | undefined
// Two connections: the site lookup (remembered 10 s) and the buffer's one-statement flush.
const beaconPool = () =>
  (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }).on(
    'error',
    () => {},
  ))

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
  })
}

/**
 * POST /api/stats/hit (and /don-vi/{slug}/api/stats/hit) answered by the web server itself,
 * before Next: through Next's router, proxy and route a beacon cost ~2 ms of CPU, and every
 * page view sends one (513 beacons/s on this machine against a goal of 2,000). The answer is
 * answerHit's, the same as the Next route's (kept for `next start` run by hand).
 */
export async function answerBeaconInServer(
  req: IncomingMessage,
  res: ServerResponse,
  prefix: string,
): Promise<void> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  headers.delete(SITE_HEADER)
  if (prefix) headers.set(SITE_HEADER, prefix)
  const body = await readBody(req)
  let response: Response
  try {
    response =
      body === null
        ? errorResponse(400, 'Dữ liệu gửi lên quá dài.')
        : await answerHit({ text: async () => body, headers }, beaconPool(), () =>
            beaconSiteId(beaconPool(), siteKeys(headers)),
          )
  } catch {
    response = errorResponse(503, DATABASE_UNAVAILABLE_MESSAGE, { 'Retry-After': '30' })
  }
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
}
