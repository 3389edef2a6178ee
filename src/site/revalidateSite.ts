import { after } from 'next/server'
import { revalidatePath } from 'next/cache'

import { revalidateToken } from './revalidateToken'

/**
 * Web servers whose page caches must drop a change: REVALIDATE_PEERS (comma-separated base URLs
 * of every app instance, for a multi-instance deployment), else REVALIDATE_URL (this launcher's
 * own server, set for its worker).
 */
export function revalidateTargets(): string[] {
  const peers = (process.env.REVALIDATE_PEERS ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean)
  if (peers.length) return peers
  return process.env.REVALIDATE_URL ? [process.env.REVALIDATE_URL] : []
}

/** Asks every web server (REVALIDATE_PEERS or REVALIDATE_URL) to refresh its pages. */
export async function notifyPeers(targets = revalidateTargets()): Promise<void> {
  await Promise.all(
    targets.map((base) =>
      fetch(`${base}/api/revalidate`, {
        method: 'POST',
        headers: { 'x-revalidate-token': revalidateToken() },
        signal: AbortSignal.timeout(5000),
      }).catch(() => {}),
    ),
  )
}

/**
 * Marks every public page for a fresh render on its next visit. Pages are ISR-cached (see
 * src/app/(frontend)) and a change to one article shows on many of them (home, its category,
 * every article's newer/older lists, RSS), so the whole site is invalidated: re-rendering a page
 * once is cheap, editorial changes are rare.
 *
 * Inside Next (REST, admin) it runs after the response, i.e. after Payload committed the change:
 * hooks run before commit, and revalidating earlier could cache the old content again. Each
 * instance keeps its own ISR cache, so the other instances (REVALIDATE_PEERS) are told too.
 * Outside Next (the jobs worker, CLI) `after` throws; then the web servers are asked over HTTP,
 * a moment later for the same reason.
 */
export function revalidateSite(): void {
  try {
    after(async () => {
      revalidatePath('/', 'layout')
      // REVALIDATE_URL is this server itself: only real peers need the HTTP call.
      if (process.env.REVALIDATE_PEERS) await notifyPeers()
    })
    return
  } catch {
    // not inside a Next request
  }
  const targets = revalidateTargets()
  if (targets.length) setTimeout(() => void notifyPeers(targets), 500).unref()
}
