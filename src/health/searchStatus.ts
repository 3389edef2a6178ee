/** "up" when Meilisearch's /health answers `available` within `timeoutMs`, else "down". */
export async function searchStatus(timeoutMs: number): Promise<'up' | 'down'> {
  const host = process.env.MEILI_HOST
  if (!host) return 'down'
  try {
    // /health needs no key and does no work: cheap enough to ask on every probe.
    const res = await fetch(`${host.replace(/\/$/, '')}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    })
    return res.ok && (await res.json()).status === 'available' ? 'up' : 'down'
  } catch {
    return 'down'
  }
}
