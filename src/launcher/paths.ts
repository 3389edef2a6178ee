import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const dataDir = process.env.PORTAL_DATA_DIR || path.join(repoRoot, '.data')
/** For what the `postgres` user must reach when the clone itself is private (see below). */
export const sharedStateDir = '/var/lib/cong-thong-tin'

/** True when every directory from / down to `dir` lets "other" users traverse it. */
export function isTraversableByOthers(dir: string): boolean {
  let current = path.resolve(dir)
  const chain: string[] = []
  while (true) {
    chain.push(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  return chain.every((p) => {
    try {
      return (statSync(p).mode & 0o001) !== 0
    } catch {
      // Not created yet: mkdir will make it 0755.
      return true
    }
  })
}

/**
 * Postgres refuses to run as root, so the launcher runs it as the `postgres` user, who must
 * traverse every parent of the data directory. A clone under /root (mode 0700) is not, so the
 * cluster then lives under /var/lib, keyed by the clone's path so two clones never share one.
 */
export function postgresDataDir(root = dataDir, isRoot = process.getuid?.() === 0): string {
  const preferred = path.join(root, 'postgres')
  if (!isRoot || isTraversableByOthers(root)) return preferred
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 12)
  return path.join(sharedStateDir, key, 'postgres')
}
