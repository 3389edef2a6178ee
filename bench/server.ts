import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { getFreePort } from '../src/launcher/ports'
import { repoRoot } from '../src/launcher/paths'

export type BenchServer = {
  base: string
  databaseUrl: string
  pid: number
  dataDir: string
  stop: () => Promise<void>
}

const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs')

let built = false

/** `npm run build`, once per bench run (a stale build would measure old code); BENCH_SKIP_BUILD=1 reuses it. */
function ensureBuild() {
  if (
    built ||
    (process.env.BENCH_SKIP_BUILD === '1' && existsSync(path.join(repoRoot, '.next/BUILD_ID')))
  )
    return
  const result = spawnSync(process.execPath, [tsx, 'src/launcher/cli.ts', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error('npm run build failed')
  built = true
}

/** `npm start` on fresh embedded engines in `dataDir`. */
export async function startServer(
  dataDir: string,
  extraEnv: Record<string, string>,
): Promise<BenchServer> {
  ensureBuild()
  const port = await getFreePort()
  const env: Record<string, string | undefined> = {
    ...process.env,
    // The seed's featured articles would be read aloud (espeak-ng, MP3 encoded in the web
    // server's process) during the first minute of every run, on the cores being measured.
    TTS_PROVIDER: 'none',
    ...extraEnv,
    PORTAL_DATA_DIR: dataDir,
    PORT: String(port),
    DEMO_PASSWORD: 'bench-password-1',
  }
  for (const key of ['DATABASE_URL', 'MEILI_HOST', 'NODE_ENV']) delete env[key]
  const child = spawn(process.execPath, [tsx, 'src/launcher/cli.ts', 'start'], {
    cwd: repoRoot,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d
      if (/Cổng thông tin: http/.test(output)) resolve()
    })
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)))
  })
  const { env: running } = JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8'))
  return {
    base: `http://127.0.0.1:${port}`,
    databaseUrl: running.DATABASE_URL,
    pid: child.pid!,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
