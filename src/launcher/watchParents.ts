import { readFileSync } from 'node:fs'

/**
 * `npm start` stopped with SIGTERM exits without passing the signal on to its script, leaving
 * the launcher orphaned with the engines it started. Watch the chain of parent processes (npm,
 * sh, tsx) and run `onOrphaned` when any of them is gone.
 */
export function watchParents(onOrphaned: () => void, intervalMs = 1000): () => void {
  const ancestors = parentChain(process.pid)
  const timer = setInterval(() => {
    if (ancestors.some((pid) => !isAlive(pid))) {
      clearInterval(timer)
      onOrphaned()
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

function parentChain(pid: number): number[] {
  const chain: number[] = []
  let current = pid
  for (let i = 0; i < 8; i++) {
    const parent = parentOf(current)
    if (!parent || parent <= 1) break
    chain.push(parent)
    current = parent
  }
  return chain
}

function parentOf(pid: number): number | null {
  try {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
