import { spawnSync } from 'node:child_process'

export type MemoryPeaks = { app: number; postgres: number; meilisearch: number }

/**
 * Samples the resident memory of a launcher's process tree every `everyMs`: the app (launcher,
 * Next.js server, worker), Postgres (postmaster and backends) and Meilisearch, each summed per
 * sample; keeps the peaks in MB.
 */
export function sampleMemory(rootPid: number, everyMs = 500) {
  const peaks: MemoryPeaks = { app: 0, postgres: 0, meilisearch: 0 }
  const sample = () => {
    const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
      .stdout.split('\n')
      .map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]) / 1024, args: m[4] }))
    const now: MemoryPeaks = { app: 0, postgres: 0, meilisearch: 0 }
    const walk = (parent: number, kind?: keyof MemoryPeaks) => {
      for (const row of rows.filter((r) => r.ppid === parent)) {
        const own = kind ?? (/meilisearch/.test(row.args) ? 'meilisearch' : /postgres/.test(row.args) ? 'postgres' : 'app')
        now[own] += row.rss
        walk(row.pid, own)
      }
    }
    const root = rows.find((r) => r.pid === rootPid)
    if (root) now.app += root.rss
    walk(rootPid)
    for (const k of Object.keys(peaks) as (keyof MemoryPeaks)[]) peaks[k] = Math.max(peaks[k], now[k])
  }
  const timer = setInterval(sample, everyMs)
  sample()
  return { peaks, stop: () => clearInterval(timer) }
}
