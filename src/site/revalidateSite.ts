import { after } from 'next/server'
import { revalidatePath } from 'next/cache'
import { createHmac } from 'node:crypto'

/** Shared secret of POST /api/revalidate, derived from PAYLOAD_SECRET. */
export const revalidateToken = () =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || '').update('revalidate-site').digest('hex')

/**
 * Marks every public page for a fresh render on its next visit. Pages are ISR-cached (see
 * src/app/(frontend)) and a change to one article shows on many of them (home, its category,
 * every article's newer/older lists, RSS), so the whole site is invalidated: re-rendering a page
 * once is cheap, editorial changes are rare.
 *
 * Inside Next (REST, admin) it runs after the response, i.e. after Payload committed the change:
 * hooks run before commit, and revalidating earlier could cache the old content again.
 * Outside Next (the jobs worker, CLI) `after` throws; then the web server is asked over HTTP
 * (REVALIDATE_URL, set by the launcher), a moment later for the same reason.
 */
export function revalidateSite(): void {
  try {
    after(() => revalidatePath('/', 'layout'))
    return
  } catch {
    // not inside a Next request
  }
  const base = process.env.REVALIDATE_URL
  if (!base) return
  setTimeout(() => {
    fetch(`${base}/api/revalidate`, { method: 'POST', headers: { 'x-revalidate-token': revalidateToken() } }).catch(() => {})
  }, 500).unref()
}
