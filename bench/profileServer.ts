/**
 * Where the origin's time goes under wrk: `npm start` (engines, launcher, its web server), plus a
 * second web server (the same src/launcher/webServer.ts on the same engines) run with V8's
 * sampling profiler (`--prof`; `--cpu-prof` is refused in NODE_OPTIONS and written only on a
 * clean exit). Loads PAGE (default the newest article) on both with wrk, then leaves the log in
 * PROF_DIR for `node --prof-process PROF_DIR/v8.log`.
 * Usage: PROF_DIR=/tmp/prof BENCH_SKIP_BUILD=1 npx tsx bench/profileServer.ts
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getFreePort, waitForPort } from '../src/launcher/ports'
import { startServer } from './server'
import { wrk } from './wrk'
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-prof-'))
chmodSync(dataDir, 0o755)
const server = await startServer(dataDir, {})
const engines = JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8')).env
const port = await getFreePort()
const child = spawn(
  process.execPath,
  [
    '--prof',
    '--no-logfile-per-isolate',
    `--logfile=${process.env.PROF_DIR}/v8.log`,
    '--import',
    'tsx',
    path.resolve('src/launcher/webServer.ts'),
  ],
  {
    env: {
      ...process.env,
      ...engines,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'inherit',
  },
)
try {
  await waitForPort(port, '127.0.0.1', 120_000)
  const base = `http://127.0.0.1:${port}`
  const { docs } = await (
    await fetch(`${server.base}/api/articles?limit=1&depth=1&sort=-publishedAt`)
  ).json()
  const url = `${base}${process.env.PAGE ?? `/tin-tuc/${docs[0].slug}`}`
  for (let i = 0; i < 50; i++) await fetch(url).then((r) => r.text())
  const viaStart = await fetch(`${server.base}${new URL(url).pathname}`)
  console.log(
    'npm start: cache-control',
    viaStart.headers.get('cache-control'),
    'x-nextjs-cache',
    viaStart.headers.get('x-nextjs-cache'),
  )
  const res = await fetch(url)
  console.log(
    'cache-control',
    res.headers.get('cache-control'),
    'x-nextjs-cache',
    res.headers.get('x-nextjs-cache'),
  )
  console.log(
    'origin npm start',
    JSON.stringify(await wrk(`${server.base}${new URL(url).pathname}`, 10)),
  )
  console.log('profiled', JSON.stringify(await wrk(url, 10)))
} finally {
  child.kill('SIGKILL')
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(0)
