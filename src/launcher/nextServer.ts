import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'

import { repoRoot } from './paths'
import { waitForPort } from './ports'

export type NextServer = { child: ChildProcess; url: string; stop: () => Promise<void> }

/**
 * Starts `next dev` or `next start` as its own process group: `next dev` forks a next-server
 * child, and killing only the parent would leave it running.
 */
export async function startNextServer(opts: {
  mode: 'dev' | 'start'
  port: number
  host: string
  env: Record<string, string>
}): Promise<NextServer> {
  const require = createRequire(import.meta.url)
  const nextBin = require.resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [nextBin, opts.mode, '-p', String(opts.port), '-H', opts.host], {
    cwd: repoRoot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...opts.env },
    stdio: 'inherit',
    detached: true,
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // already gone
      }
    }, 5_000)
    await exited
    clearTimeout(timer)
  }
  await Promise.race([
    waitForPort(opts.port, opts.host, 120_000),
    exited.then(() => {
      throw new Error(`Next.js dừng với mã ${child.exitCode}`)
    }),
  ])
  return { child, url: `http://${opts.host === '127.0.0.1' ? 'localhost' : opts.host}:${opts.port}`, stop }
}
