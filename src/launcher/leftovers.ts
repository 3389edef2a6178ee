import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync } from 'node:fs'
import path from 'node:path'

/**
 * What a crashed launcher (SIGKILL, OOM) or a power loss leaves on a data directory: engines still
 * running without an owner, or a `postmaster.pid` naming a process that is gone (or, after a
 * reboot, some unrelated process that got the same pid). The caller holds the instance lock, so
 * nothing found here belongs to a live launcher. Processes are identified by what they run on,
 * never by name alone.
 */
const log = (message: string) => console.log(`[launcher] ${message}`)

/** Stops an orphaned Postgres on `dataDir` (pg_ctl, fast mode) or removes a stale pid file. */
export function clearLeftoverPostgres(
  bin: string,
  dataDir: string,
  ids?: { uid: number; gid: number },
) {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!isPostgresOn(pid, dataDir)) {
    log(`Bỏ tệp postmaster.pid cũ (pid ${pid} không phải PostgreSQL của thư mục này)`)
    rmSync(pidFile, { force: true })
    return
  }
  log(`PostgreSQL còn chạy từ lần trước (pid ${pid}, không còn launcher): dừng nó`)
  execFileSync(path.join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60'], {
    ...ids,
    stdio: 'pipe',
  })
}

/** A running `postgres` whose working directory is `dataDir` (the postmaster chdirs there). */
export function isPostgresOn(pid: number, dataDir: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    const exe = readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '')
    return (
      path.basename(exe) === 'postgres' &&
      readlinkSync(`/proc/${pid}/cwd`) === realpathSync(dataDir)
    )
  } catch {
    return false
  }
}

/** Stops every Meilisearch left running on `dbPath` (SIGTERM, then SIGKILL after 10 s). */
export async function clearLeftoverMeilisearch(dbPath: string): Promise<void> {
  for (const pid of meilisearchPidsOn(dbPath)) {
    log(`Meilisearch còn chạy từ lần trước (pid ${pid}, không còn launcher): dừng nó`)
    await terminate(pid)
  }
}

export function meilisearchPidsOn(dbPath: string): number[] {
  const flag = `--db-path=${dbPath}`
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
        return path.basename(args[0]) === 'meilisearch' && args.includes(flag)
      } catch {
        return false
      }
    })
}

async function terminate(pid: number, graceMs = 10_000) {
  // A zombie has exited; whoever adopted it reaps it when it likes.
  const alive = () => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 'SIGTERM')
  } catch {
    return
  }
  const deadline = Date.now() + graceMs
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  if (alive()) process.kill(pid, 'SIGKILL')
  while (alive()) await new Promise((r) => setTimeout(r, 100))
}
