import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { isPublicPagePath } from './withoutFrameworkScripts'

/**
 * The web server's copies of public pages, kept one second (PAGE_COPY_MS) and served without
 * entering Next; once expired, one request renders the next copy while the others get the old. A page Next already holds rendered (ISR) still cost ~2.5 ms of CPU per request in
 * its router, proxy and cache lookup (profile in bench/RESULTS.md): under a burst, the same bytes
 * were rebuilt hundreds of times a second. Only what a shared cache may keep is copied (200,
 * `s-maxage`, HTML, no cookie set), per host, URL and gzip; every revalidation on this server
 * (src/site/revalidateSite.ts, which peers reach through REVALIDATE_PEERS) drops them all, so an
 * edit shows at once as before; a copy made from a render that began before the drop is not kept.
 */
export type HeldPage = { status: number; headers: OutgoingHttpHeaders; body: Buffer }
type Copy = HeldPage & { until: number; generation: number; refreshing?: number }

// An expired copy is still sent while ONE request renders its successor (else every connection
// of a burst went to Next in the same millisecond), at most this long past its time.
const STALE_MS = 5000

const MAX_COPIES = 500
const copies = new Map<string, Copy>()

// Shared through globalThis: Next's bundle and the web server load this module separately.
const GENERATION = Symbol.for('portal.pageCopies.generation')
type WithGeneration = typeof globalThis & { [GENERATION]?: number }
const generation = () => (globalThis as WithGeneration)[GENERATION] ?? 0

/** Drops every copy (called on each revalidation). */
export function dropPageCopies(): void {
  ;(globalThis as WithGeneration)[GENERATION] = generation() + 1
}

const copyMs = () => Number(process.env.PAGE_COPY_MS ?? 1000)

function keyOf(req: IncomingMessage): string | null {
  if (req.method !== 'GET' || copyMs() <= 0) return null
  if (!isPublicPagePath((req.url ?? '/').split('?')[0])) return null
  const h = req.headers
  // Next's client navigation and server actions answer differently at the same URL.
  if (h.rsc || h['next-router-state-tree'] || h['next-router-prefetch'] || h['next-action'])
    return null
  const gzip = /\bgzip\b/i.test(String(h['accept-encoding'] ?? ''))
  return `${h.host ?? ''}\n${req.url ?? '/'}\n${gzip ? 'gzip' : ''}`
}

/** Answers from a fresh copy; false when there is none (then the request goes to Next). */
export function servePageCopy(req: IncomingMessage, res: ServerResponse): boolean {
  const key = keyOf(req)
  const copy = key ? copies.get(key) : undefined
  if (!key || !copy) return false
  const now = Date.now()
  if (copy.generation !== generation() || now > copy.until + STALE_MS) {
    copies.delete(key)
    return false
  }
  if (now > copy.until && (!copy.refreshing || now > copy.refreshing + STALE_MS)) {
    copy.refreshing = now // this request goes to Next and brings the next copy
    return false
  }
  const etag = copy.headers.etag
  if (etag && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag: String(etag), 'cache-control': copy.headers['cache-control'] })
    res.end()
    return true
  }
  // A cached render, as Next would say of its own.
  res.writeHead(copy.status, { ...copy.headers, 'x-nextjs-cache': 'HIT' })
  res.end(copy.body)
  return true
}

/** What keeps the finished response of a request that had no copy (undefined: never kept). */
export function pageCopyKeeper(req: IncomingMessage): ((page: HeldPage) => void) | undefined {
  const key = keyOf(req)
  if (!key) return undefined
  const startedIn = generation()
  return (page) => {
    const { headers } = page
    const shareable =
      page.status === 200 &&
      /\bs-maxage=/.test(String(headers['cache-control'] ?? '')) &&
      /text\/html/i.test(String(headers['content-type'] ?? '')) &&
      !headers['set-cookie']
    if (!shareable || generation() !== startedIn) return
    if (!copies.has(key) && copies.size >= MAX_COPIES)
      copies.delete(copies.keys().next().value as string)
    copies.set(key, { ...page, until: Date.now() + copyMs(), generation: startedIn })
  }
}
