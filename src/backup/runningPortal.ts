import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from '../launcher/paths'

/**
 * The pid of a launcher serving on this data directory, other than this process, or null.
 * Today that is `.data/engines.json` (written by the launcher that started the embedded
 * engines); when the launcher takes a lock per data directory, only this function changes.
 */
export function runningPortal(dir = dataDir): number | null {
  const file = path.join(dir, 'engines.json')
  if (!existsSync(file)) return null
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number }
    if (pid === process.pid) return null
    process.kill(pid, 0)
    return pid
  } catch {
    return null
  }
}
