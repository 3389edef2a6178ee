import type { Pool } from 'pg'

import { siteIdFor } from '../sites/siteIdFor'

const remembered = new Map<string, { id: number | null; until: number }>()
const REMEMBER_MS = 10_000

/**
 * The site a beacon addresses (siteIdFor), remembered 10 s per prefix and host: at 2,000
 * beacons a second the lookup would otherwise be the one database query per hit. A new site's
 * first seconds of beacons count for the main site at worst. At most 1,000 keys are kept.
 */
export async function beaconSiteId(
  pool: Pool,
  keys: { slug: string | null; host: string | null },
): Promise<number | null> {
  const key = `${keys.slug ?? ''}\n${keys.host ?? ''}`
  const now = Date.now()
  const known = remembered.get(key)
  if (known && known.until > now) return known.id
  const id = await siteIdFor(pool, keys.slug, keys.host)
  if (remembered.size > 1000) remembered.clear()
  remembered.set(key, { id, until: now + REMEMBER_MS })
  return id
}
