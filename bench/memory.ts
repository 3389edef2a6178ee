import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

export type MemoryPeaks = {
  app: number
  web: number
  launcher: number
  postgres: number
  meilisearch: number
}

/** Proportional set size in MB: shared pages (Postgres' shared buffers) counted once in a sum. */
function pssMb(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1]
    return Number(kb ?? 0) / 1024
  } catch {
    return 0 // the process has just exited
  }
}

/**
 * Samples the memory of a launcher's process tree every `everyMs`: the app (launcher with its
 * worker, the Next.js server, their helpers; also split into web and launcher), Postgres
 * (postmaster and backends) and Meilisearch, each summed (PSS) per sample; peaks in MB.
 */
export function sampleMemory(rootPid: number, everyMs = 500) {
  const peaks: MemoryPeaks = { app: 0, web: 0, launcher: 0, postgres: 0, meilisearch: 0 }
  const sample = () => {
    const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .stdout.split('\n')
      .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }))
    const now: MemoryPeaks = {
      app: pssMb(rootPid),
      web: 0,
      launcher: 0,
      postgres: 0,
      meilisearch: 0,
    }
    const walk = (parent: number, inherited?: keyof MemoryPeaks) => {
      for (const row of rows.filter((r) => r.ppid === parent)) {
        // An engine's own children (Postgres backends) belong to it; everything else is the app.
        const kind =
          inherited ??
          (/\/meilisearch /.test(row.args)
            ? 'meilisearch'
            : /\/postgres /.test(row.args)
              ? 'postgres'
              : undefined)
        const pss = pssMb(row.pid)
        now[kind ?? 'app'] += pss
        // Within the app: the Next.js web server (with the jobs worker), and the launcher (engines, tsx).
        if (!kind) now[/webServer\.ts/.test(row.args) ? 'web' : 'launcher'] += pss
        walk(row.pid, kind)
      }
    }
    walk(rootPid)
    for (const k of Object.keys(peaks) as (keyof MemoryPeaks)[])
      peaks[k] = Math.max(peaks[k], now[k])
  }
  const timer = setInterval(sample, everyMs)
  sample()
  return { peaks, stop: () => clearInterval(timer) }
}
