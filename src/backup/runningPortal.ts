import { queryInstance } from '../launcher/instanceLock'
import { dataDir } from '../launcher/paths'

/** The address of a launcher serving on this data directory (its page cache needs refreshing). */
export async function runningPortalUrl(dir = dataDir): Promise<string | null> {
  const info = await queryInstance(dir)
  return info?.state === 'serving' && info.url ? info.url.replace('localhost', '127.0.0.1') : null
}
