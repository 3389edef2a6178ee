import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * `npm start` stopped with SIGTERM exits without passing the signal on to its script, leaving
 * the launcher orphaned with the engines it started. So watch the processes between us and npm
 * (tsx, sh) and npm itself, and run `onOrphaned` when one of them is gone. Never look above npm:
 * the shell or deploy script that ran `nohup npm start &` may exit (an SSH logout) and the portal
 * must live on. Without npm above us (tsx run directly), only the direct parent counts.
 */
export function watchParents(onOrphaned: () => void, intervalMs = 1000): () => void {
  const watched = watchedAncestors(process.pid)
  const timer = setInterval(() => {
    if (watched.some((pid) => !isAlive(pid) || parentOf(pid) === null)) {
      clearInterval(timer)
      onOrphaned()
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** Ancestors up to and including the nearest npm, else just the direct parent. */
export function watchedAncestors(pid: number, maxDepth = 6): number[] {
  const chain: number[] = []
  let current = pid
  for (let i = 0; i < maxDepth; i++) {
    const parent = parentOf(current)
    if (!parent || parent <= 1) break
    chain.push(parent)
    if (isNpm(parent)) return chain
    current = parent
  }
  return chain.slice(0, 1)
}

/** npm renames its process ("npm run dev"); started as a script it is `node …/npm-cli.js`. */
export function isNpmCommandLine(args: string[]): boolean {
  const first = args[0] ?? ''
  return path.basename(first.split(' ')[0]) === 'npm' || args.some((a) => a.endsWith('npm-cli.js'))
}

function isNpm(pid: number): boolean {
  try {
    return isNpmCommandLine(
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean),
    )
  } catch {
    return false
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // A zombie (state Z) has exited already: its parent just has not reaped it yet.
    return fields[0] === 'Z' ? null : Number(fields[1])
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
