import { searchClient, searchConfigured } from '../search/client'
import { within } from '../lib/within'

/** "up" when Meilisearch reports itself healthy within `timeoutMs`, else "down". */
export async function searchStatus(timeoutMs: number): Promise<'up' | 'down'> {
  if (!searchConfigured()) return 'down'
  const healthy = await within(searchClient().isHealthy(), timeoutMs).catch(() => false)
  return healthy ? 'up' : 'down'
}
