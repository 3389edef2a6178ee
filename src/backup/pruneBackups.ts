import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const DAILY_PREFIX = 'daily-'

/** Deletes all but the `keep` newest daily archives (names sort by date); manual ones stay. */
export function pruneBackups(dir: string, keep: number): string[] {
  const daily = readdirSync(dir)
    .filter((f) => f.startsWith(DAILY_PREFIX) && f.endsWith('.tar.gz'))
    .sort()
    .reverse()
  const gone = daily.slice(keep)
  for (const f of gone) rmSync(path.join(dir, f), { force: true })
  return gone
}
