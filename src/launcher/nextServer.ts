import { spawn, type ChildProcess } from 'node:child_process'

import { repoRoot } from './paths'
import { waitForPort } from './ports'

export type NextServer = { child: ChildProcess; url: string; stop: () => Promise<void> }

/**
 * Starts the web server (src/launcher/webServer.ts: Next.js in dev or production mode behind
 * node:http) as its own process group, so stopping it also stops the workers Next forks.
 */
export async function startNextServer(opts: {
  mode: 'dev' | 'start'
  port: number
  host: string
  env: Record<string, string>
}): Promise<NextServer> {
  const child = spawn(
    process.execPath,
    [...heapCap(opts.mode), '--import', 'tsx', 'src/launcher/webServer.ts'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        ...opts.env,
        NODE_ENV: opts.mode === 'dev' ? 'development' : 'production',
        PORT: String(opts.port),
        HOST: opts.host,
      },
      stdio: 'inherit',
      detached: true,
    },
  )
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
  return {
    child,
    url: `http://${opts.host === '127.0.0.1' ? 'localhost' : opts.host}:${opts.port}`,
    stop,
  }
}

/**
 * V8 sizes its old space from the machine's memory (about 4 GB here) and collects lazily, so the
 * production server's memory grew under load far past what it uses. A cap makes it collect
 * sooner; `WEB_HEAP_MB=0` leaves V8's default.
 */
function heapCap(mode: 'dev' | 'start'): string[] {
  const mb = Number(process.env.WEB_HEAP_MB ?? 384)
  return mode === 'start' && mb > 0 ? [`--max-old-space-size=${mb}`] : []
}
