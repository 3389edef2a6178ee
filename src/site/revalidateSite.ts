import { after } from 'next/server'
import { revalidatePath, revalidateTag } from 'next/cache'

import { ALL_SITES_TAG, siteCacheTag } from '../sites/siteParam'
import { dropPageCopies } from './pageCopies'
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

/**
 * Asks every web server (REVALIDATE_PEERS or REVALIDATE_URL) to refresh the pages of these sites
 * (slugs), or of every site when none are named.
 */
export async function notifyPeers(targets = revalidateTargets(), sites?: string[]): Promise<void> {
  await Promise.all(
    targets.map((base) =>
      fetch(`${base}/api/revalidate`, {
        method: 'POST',
        headers: {
          'x-revalidate-token': revalidateToken(),
          ...(sites ? { 'Content-Type': 'application/json' } : {}),
        },
        body: sites ? JSON.stringify({ sites }) : undefined,
        signal: AbortSignal.timeout(5000),
      }).catch(() => {}),
    ),
  )
}

/**
 * Drops this server's cached pages of the named sites (their cache tag, both /h-{slug} and
 * /p-{slug}), or of every site; other sites' pages stay cached. The web server's one-second
 * copies (src/site/pageCopies.ts) all go. `expire: 0`: the next visit
 * renders afresh instead of getting the old page once more (revalidatePath alone only marks
 * pages stale: after a restart on another database, such as a restore, the first reader of each
 * page would still get the old one).
 */
export function revalidateLocally(sites?: string[]): void {
  dropPageCopies()
  if (!sites) {
    revalidateTag(ALL_SITES_TAG, { expire: 0 })
    return revalidatePath('/', 'layout')
  }
  for (const slug of new Set(sites)) revalidateTag(siteCacheTag(slug), { expire: 0 })
}

/**
 * Marks the public pages of these sites (every site when `sites` is undefined) for a fresh
 * render on their next visit. Pages are ISR-cached (see src/app/(frontend)/[site]) and a change
 * to one article shows on many of them (home, its category, every article's newer/older lists,
 * RSS), so a site is invalidated whole: re-rendering a page once is cheap, edits are rare.
 *
 * Inside Next (REST, admin) it runs after the response, i.e. after Payload committed the change:
 * hooks run before commit, and revalidating earlier could cache the old content again. Each
 * instance keeps its own ISR cache, so the other instances (REVALIDATE_PEERS) are told too.
 * Outside Next (the jobs worker, CLI) `after` throws; then the web servers are asked over HTTP,
 * a moment later for the same reason.
 */
export function revalidateSite(sites?: string[]): void {
  if (sites && !sites.length) return
  try {
    after(async () => {
      revalidateLocally(sites)
      // REVALIDATE_URL is this server itself: only real peers need the HTTP call.
      if (process.env.REVALIDATE_PEERS) await notifyPeers(undefined, sites)
    })
    return
  } catch {
    // not inside a Next request
  }
  const targets = revalidateTargets()
  if (targets.length) setTimeout(() => void notifyPeers(targets, sites), 500).unref()
}
