import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'

export const repo = path.resolve(import.meta.dirname, '../..')
export const tsxCli = path.join(repo, 'node_modules/tsx/dist/cli.mjs')

/** The environment of a fresh machine: no DATABASE_URL / MEILI_HOST, our data dir and port. */
export function freshEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, ...extra }
  for (const key of [
    'DATABASE_URL',
    'MEILI_HOST',
    'MEILI_MASTER_KEY',
    'PAYLOAD_LOG_LEVEL',
    'NODE_ENV',
  ])
    delete env[key]
  return env as NodeJS.ProcessEnv
}

/**
 * `npm start` servers of different test files run on different databases but would share one
 * build folder, and with it Next's page cache on disk: a page one file's server cached (an article
 * it published) was served by another's. Each production server gets its own copy of the shared
 * build (tests/setup/productionBuild.ts), without the build's compiler cache; returns its
 * NEXT_DIST_DIR, a folder of the checkout the caller removes.
 */
export function copyProductionBuild(): string {
  if (!existsSync(path.join(repo, '.next/BUILD_ID')))
    throw new Error(
      'No production build in .next: run the file through its path (tests/…) so tests/setup builds it, or `npm run build`',
    )
  const name = `.next-run-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  cpSync(path.join(repo, '.next'), path.join(repo, name), {
    recursive: true,
    filter: (src) => path.relative(path.join(repo, '.next'), src) !== 'cache',
  })
  return name
}

/** Runs `src/launcher/cli.ts <command>` in its own process group, collecting its output. */
export function startLauncher(command: string, env: NodeJS.ProcessEnv) {
  if (command === 'start' && !env.NEXT_DIST_DIR && existsSync(path.join(repo, '.next/BUILD_ID')))
    env = { ...env, NEXT_DIST_DIR: copyProductionBuild() }
  const child: ChildProcess = spawn(process.execPath, [tsxCli, 'src/launcher/cli.ts', command], {
    cwd: repo,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const state = { child, output: '' }
  const copy = env.NEXT_DIST_DIR?.startsWith('.next-run-')
    ? path.join(repo, env.NEXT_DIST_DIR)
    : null
  if (copy) child.once('exit', () => rmSync(copy, { recursive: true, force: true }))
  child.stdout!.on('data', (d) => (state.output += d))
  child.stderr!.on('data', (d) => (state.output += d))
  return state
}

export function waitForOutput(
  state: { child: ChildProcess; output: string },
  pattern: RegExp,
  timeoutMs: number,
) {
  return new Promise<RegExpExecArray>((resolve, reject) => {
    const started = Date.now()
    const timer = setInterval(() => {
      const match = pattern.exec(state.output)
      if (match) {
        clearInterval(timer)
        resolve(match)
      } else if (state.child.exitCode !== null || Date.now() - started > timeoutMs) {
        clearInterval(timer)
        reject(
          new Error(
            `waiting for ${pattern} (exit ${state.child.exitCode}):\n${state.output.slice(-4000)}`,
          ),
        )
      }
    }, 200)
  })
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function waitUntilGone(pids: number[], timeoutMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && pids.some(alive)) await new Promise((r) => setTimeout(r, 250))
  return pids.filter(alive)
}

export function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Stops a launcher the way an operator does: SIGTERM lets it stop the engines it started (killing
 * its group would orphan Postgres and Meilisearch); its group is killed if it has not left in 60 s.
 */
export async function stopLauncher(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(child.pid, 'SIGTERM')
  } catch {
    return
  }
  if ((await waitUntilGone([child.pid], 60_000)).length) killGroup(child)
}

/** Process ids under `pid` (children, grandchildren …) whose command line matches `pattern`. */
export function descendants(pid: number, pattern: RegExp): number[] {
  const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .stdout.split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }))
  const found: number[] = []
  const walk = (parent: number) => {
    for (const row of rows.filter((r) => r.ppid === parent)) {
      if (pattern.test(row.args)) found.push(row.pid)
      walk(row.pid)
    }
  }
  walk(pid)
  return found
}

/** Signs in over HTTP (`POST /api/users/login`) and returns the JWT. */
export async function loginOverHttp(
  base: string,
  email: string,
  password: string,
): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return (await res.json()).token
}
