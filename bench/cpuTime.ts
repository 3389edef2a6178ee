import { readdirSync, readFileSync } from 'node:fs'

/**
 * CPU seconds (user + system) used so far by the processes below `root`, grouped by program:
 * `node` (the portal), `postgres`, `meilisearch`, `nginx`. Read from /proc, so two readings
 * around a load say which program the load's CPU went to (processes that exit in between drop out).
 */
export function cpuSecondsBelow(root: number): Record<string, number> {
  const procs = new Map<number, { ppid: number; comm: string; ticks: number }>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // "pid (comm) state ppid …": comm may hold spaces, so split after its closing parenthesis.
      const close = stat.lastIndexOf(')')
      const comm = stat.slice(stat.indexOf('(') + 1, close)
      const fields = stat.slice(close + 2).split(' ')
      procs.set(Number(name), {
        ppid: Number(fields[1]),
        comm,
        ticks: Number(fields[11]) + Number(fields[12]),
      })
    } catch {
      // The process ended while we read.
    }
  }
  const below = new Set<number>([root])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, p] of procs) {
      if (below.has(pid) || !below.has(p.ppid)) continue
      below.add(pid)
      grew = true
    }
  }
  const seconds: Record<string, number> = {}
  for (const pid of below) {
    const p = procs.get(pid)
    if (!p) continue
    const group = /^postgres/.test(p.comm)
      ? 'postgres'
      : /^meili/.test(p.comm)
        ? 'meilisearch'
        : /^nginx/.test(p.comm)
          ? 'nginx'
          : /^(node|tsx|npm)/.test(p.comm)
            ? 'node'
            : 'other'
    seconds[group] = (seconds[group] ?? 0) + p.ticks / 100 // USER_HZ is 100 on Linux
  }
  return seconds
}

/** What each program used between two readings. */
export const cpuUsedBetween = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(
    Object.keys(after).map((k) => [k, Math.max(0, after[k] - (before[k] ?? 0))]),
  ) as Record<string, number>
