/**
 * GET load with wrk (Debian's `wrk`, C, event loop per thread): unlike autocannon, which tops out
 * near 6–7k req/s on this machine, it can saturate nginx, so "fraction of nginx" means something.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const WRK = process.env.WRK_PATH || '/usr/bin/wrk'
export const WRK_THREADS = 2
export const WRK_CONNECTIONS = 32
export const WRK_SECONDS = Number(process.env.BENCH_SECONDS || 10)

export type Load = { rps: number; p50: number; p99: number; errors: number }

/** Installs Debian's wrk when missing (as root), like scripts/nginx.ts does for nginx. */
export function ensureWrk(): void {
  if (existsSync(WRK)) return
  if (process.getuid?.() !== 0)
    throw new Error(`wrk không có ở ${WRK}: cài bằng "apt-get install -y wrk"`)
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  const result = spawnSync('apt-get', ['install', '-y', '-qq', 'wrk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) throw new Error('apt-get install wrk failed')
}

/** `wrk -t2 -c32 -d10s --latency [-H 'Name: value' …] [-s script.lua] url`, parsed. */
export async function wrk(
  url: string,
  seconds = WRK_SECONDS,
  headers: Record<string, string> = {},
  script?: string,
): Promise<Load> {
  const args = [
    `-t${WRK_THREADS}`,
    `-c${WRK_CONNECTIONS}`,
    `-d${seconds}s`,
    '--latency',
    ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]),
    ...(script ? ['-s', script] : []),
    url,
  ]
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let text = ''
    child.stdout.on('data', (d) => (text += d))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text}`)),
    )
  })
  return parseWrk(out)
}

const MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 }

/** Req/s, p50/p99 in ms, and errors (socket errors + non-2xx/3xx) from wrk's text output. */
export function parseWrk(out: string): Load {
  const latency = (pct: string) => {
    const m = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out)
    if (!m) throw new Error(`no ${pct}% latency in wrk output:\n${out}`)
    return Number(m[1]) * MS[m[2]]
  }
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(out)
  if (!rps) throw new Error(`no Requests/sec in wrk output:\n${out}`)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out)
  const errors =
    (socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + Number(non2xx?.[1] ?? 0)
  return { rps: Number(rps[1]), p50: latency('50'), p99: latency('99'), errors }
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * `rounds` rounds of two measurements, the order swapped each round (A B, B A, A B…): on this
 * shared machine one run of each gave ratios from 0.50 to 1.27 on unchanged code.
 */
export async function alternatingRounds<K extends string, T>(
  rounds: number,
  kinds: readonly [K, K],
  measure: (kind: K) => Promise<T>,
): Promise<Record<K, T>[]> {
  const results: Record<K, T>[] = []
  for (let round = 0; round < rounds; round++) {
    const result = {} as Record<K, T>
    for (const kind of round % 2 ? [kinds[1], kinds[0]] : kinds) result[kind] = await measure(kind)
    results.push(result)
  }
  return results
}
