import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { queryInstance, type InstanceInfo } from '../src/launcher/instanceLock'
import { isPostgresOn, meilisearchPidsOn } from '../src/launcher/leftovers'
import { getFreePort } from '../src/launcher/ports'
import {
  alive,
  copyProductionBuild,
  freshEnv,
  loginOverHttp,
  repo,
  waitForOutput,
  waitUntilGone,
} from './helpers/launcher'

/**
 * The launcher's life as an operator lives it, through `npm start` itself (on the build
 * tests/setup made): started with nohup from a shell that then exits, a second start on the same
 * data, commands beside it, Postgres stalled, a crash (launcher SIGKILLed, engines orphaned) and a
 * SIGTERM to npm. That no type generator runs under `npm run dev` is tests/launcher.e2e.test.ts's.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'portal-lifecycle-'))
chmodSync(work, 0o755)
const dataDir = path.join(work, 'data')
const pgDir = path.join(dataDir, 'postgres')
const password = 'Mat-khau-e2e-456'
const started: ChildProcess[] = []
const enginePids = new Set<number>()
let env: NodeJS.ProcessEnv
let base: string
let firstNpm: number
let serving: InstanceInfo
let buildDir: string | undefined

/** Runs `npm run <args>` in the repo; resolves with its exit code and output. */
function npm(args: string[], opts: { timeoutMs?: number } = {}) {
  const child = spawn('npm', ['run', ...args], {
    cwd: repo,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  const state = { child, output: '', stdout: '' }
  child.stdout!.on('data', (d) => ((state.output += d), (state.stdout += d)))
  child.stderr!.on('data', (d) => (state.output += d))
  // A one-shot command is killed after `timeoutMs`; a server (timeoutMs 0) runs until stopped.
  const exited = new Promise<number | null>((resolve) => {
    const timer =
      opts.timeoutMs === 0
        ? undefined
        : setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000)
    child.once('exit', (code) => (clearTimeout(timer), resolve(code)))
  })
  return { state, exited }
}

const postmasterPid = () =>
  Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0])

beforeAll(() => {
  const build = inject('productionBuild')
  if (build && build.status !== 0) throw new Error(`next build failed:\n${build.output}`)
  buildDir = copyProductionBuild()
})

afterAll(async () => {
  // Whatever still runs gets the operator's stop first (SIGTERM to npm), then SIGKILL.
  const npms = [firstNpm, ...started.map((c) => c.pid!)].filter((pid) => pid && alive(pid))
  for (const pid of npms) process.kill(pid, 'SIGTERM')
  await waitUntilGone(npms, 30_000)
  for (const pid of [...npms, serving?.pid].filter(Boolean) as number[]) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  if (existsSync(path.join(pgDir, 'postmaster.pid')) && isPostgresOn(postmasterPid(), pgDir))
    enginePids.add(postmasterPid())
  for (const pid of meilisearchPidsOn(path.join(dataDir, 'meilisearch', 'data.ms')))
    enginePids.add(pid)
  for (const pid of enginePids) if (alive(pid)) process.kill(pid, 'SIGKILL')
  await waitUntilGone([...enginePids])
  rmSync(work, { recursive: true, force: true })
  if (buildDir) rmSync(path.join(repo, buildDir), { recursive: true, force: true })
}, 90_000)

describe('the launcher life cycle', () => {
  it(
    'started with nohup by a shell that exits, it keeps serving',
    { timeout: 600_000 },
    async () => {
      const port = await getFreePort()
      base = `http://localhost:${port}`
      env = freshEnv({
        PORTAL_DATA_DIR: dataDir,
        DEMO_PASSWORD: password,
        PORT: String(port),
        // Its own copy of the build (helpers/launcher.ts), for this start and the one after the crash.
        NEXT_DIST_DIR: buildDir!,
        // Its own uploads folder: other files' servers write to the checkout's media/ meanwhile.
        MEDIA_DIR: path.join(work, 'media'),
      })
      const log = path.join(work, 'first.log')
      const pidFile = path.join(work, 'first.pid')
      // As a deploy script or an SSH session would: start it in the background, wait, leave.
      const script = `nohup npm start > '${log}' 2>&1 & echo $! > '${pidFile}'
      i=0; until grep -q 'Cổng thông tin' '${log}' || [ $i -ge 300 ]; do sleep 1; i=$((i+1)); done; exit 0`
      const shell = spawn('setsid', ['--wait', 'sh', '-c', script], {
        cwd: repo,
        env,
        stdio: 'ignore',
        detached: true,
      })
      started.push(shell)
      await new Promise((resolve) => shell.once('exit', resolve))
      firstNpm = Number(readFileSync(pidFile, 'utf8'))
      expect(readFileSync(log, 'utf8')).toContain('Cổng thông tin')
      // The launcher checks its parents every second: give it several chances to (wrongly) stop.
      await new Promise((r) => setTimeout(r, 5000))
      expect(alive(firstNpm)).toBe(true)
      // Built ahead and refreshed before the URL is printed: the first request is served at once.
      expect((await fetch(base + '/')).status).toBe(200)
      expect(alive(firstNpm)).toBe(true)
      serving = (await queryInstance(dataDir))!
      expect(serving).toMatchObject({
        command: 'start',
        state: 'serving',
        url: base,
        postgresPid: postmasterPid(),
      })
      enginePids.add(serving.postgresPid!).add(serving.meiliPid!)
    },
  )

  it(
    'a second npm start on the same data is refused at once, naming the running one',
    { timeout: 120_000 },
    async () => {
      const second = npm(['start'])
      // The contract: a refusal within 10 s, never a second Postgres.
      const killer = setTimeout(() => second.state.child.kill('SIGKILL'), 10_000)
      const code = await second.exited
      clearTimeout(killer)
      expect({ code, output: second.state.output }).toMatchObject({
        code: 1,
        output: expect.stringContaining(`pid ${serving.pid}, ${base}) đang phục vụ`),
      })
      expect(postmasterPid()).toBe(serving.postgresPid)
      expect((await fetch(base + '/')).status).toBe(200)
      expect((await queryInstance(dataDir))?.pid).toBe(serving.pid)
    },
  )

  it(
    '`npm run user` beside it creates on the same engines, and a failing create exits non-zero',
    { timeout: 600_000 },
    async () => {
      for (const n of [1, 2]) {
        const created = npm([
          'user',
          '--',
          'create',
          '--email',
          `btv${n}@example.org`,
          '--password',
          'Mat-khau-moi-1',
          '--role',
          'editor',
          '--name',
          `Biên tập viên ${n}`,
        ])
        const code = await created.exited
        expect({ code, output: created.state.output }).toMatchObject({
          code: 0,
          output: expect.stringMatching(
            new RegExp(`Đã tạo tài khoản #\\d+ btv${n}@example.org \\(editor, mọi trang\\)`),
          ),
        })
        expect(created.state.output).toContain(
          `Dùng PostgreSQL và Meilisearch của npm run start (pid ${serving.pid}`,
        )
      }
      const duplicate = npm([
        'user',
        '--',
        'create',
        '--email',
        'btv1@example.org',
        '--password',
        'Mat-khau-moi-1',
        '--role',
        'editor',
        '--name',
        'Trùng',
      ])
      expect(await duplicate.exited).toBe(1)
      expect(duplicate.state.output).toContain('Không tạo được tài khoản')
      const badRole = npm([
        'user',
        '--',
        'create',
        '--email',
        'x@example.org',
        '--password',
        'p',
        '--role',
        'boss',
        '--name',
        'X',
      ])
      expect(await badRole.exited).toBe(2)
      const list = npm(['user', '--', 'list'])
      expect(await list.exited).toBe(0)
      expect(list.state.stdout).toContain('btv2@example.org')
      expect(list.state.stdout).toContain('Tổng cộng: 7 tài khoản')
      // Still the one Postgres, still serving.
      expect(postmasterPid()).toBe(serving.postgresPid)
      expect((await fetch(base + '/')).status).toBe(200)
    },
  )

  it(
    '`npm run backup` and `npm run restore -- FILE --yes` beside it: the restored data is served',
    { timeout: 600_000 },
    async () => {
      const backup = npm(['backup'])
      const backedUp = await backup.exited
      expect({ code: backedUp, output: backup.state.output }).toMatchObject({ code: 0 })
      const file = /Đã sao lưu vào (\S+\.tar\.gz)/.exec(backup.state.output)?.[1]
      expect(file && existsSync(file)).toBe(true)
      const extra = npm([
        'user',
        '--',
        'create',
        '--email',
        'sau-sao-luu@example.org',
        '--password',
        'Mat-khau-moi-1',
        '--role',
        'editor',
        '--name',
        'Sau sao lưu',
      ])
      const created = await extra.exited
      expect({ code: created, output: extra.state.output }).toMatchObject({ code: 0 })

      const restore = npm(['restore', '--', file!, '--yes'])
      const code = await restore.exited
      expect({ code, output: restore.state.output }).toMatchObject({
        code: 0,
        output: expect.stringContaining('Đã lập lại chỉ mục tìm kiếm'),
      })
      const list = npm(['user', '--', 'list'])
      expect(await list.exited).toBe(0)
      expect(list.state.stdout).toContain('Tổng cộng: 7 tài khoản')
      expect(list.state.stdout).not.toContain('sau-sao-luu@example.org')
      // The same server, still serving, now on the restored rows.
      expect((await fetch(base + '/')).status).toBe(200)
      const health = await fetch(base + '/api/health')
      expect(health.status).toBe(200)
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' })
      expect(postmasterPid()).toBe(serving.postgresPid)
    },
  )

  it(
    '`npm run worker` beside a launcher that runs the jobs worker is refused',
    { timeout: 120_000 },
    async () => {
      const worker = npm(['worker'], { timeoutMs: 90_000 })
      expect(await worker.exited).toBe(1)
      expect(worker.state.output).toContain('Không chạy worker thứ hai')
      expect((await fetch(base + '/')).status).toBe(200)
    },
  )

  it(
    'pages and the API requested while Postgres is unreachable: both answer again once it is back',
    { timeout: 420_000 },
    async () => {
      const pages = ['/', '/admin/login', '/api/articles?limit=1', '/rss.xml']
      // A stopped postmaster takes no new connection (its running backends still answer): a
      // request that needs one waits for the pool's 5 s and fails, or hangs until aborted.
      const hit = () =>
        Promise.all(
          pages.map((p) =>
            fetch(base + p, { signal: AbortSignal.timeout(20_000) }).catch(() => null),
          ),
        )
      await hit()
      process.kill(serving.postgresPid!, 'SIGSTOP')
      try {
        await Promise.all([hit(), hit()])
      } finally {
        process.kill(serving.postgresPid!, 'SIGCONT')
      }
      // The home page may come from Next's page cache: the API shows the database is used again.
      const statuses = async () =>
        Promise.all(['/', '/api/articles?limit=1'].map(async (p) => (await fetch(base + p)).status))
      await expect.poll(statuses, { timeout: 300_000, interval: 2000 }).toEqual([200, 200])
    },
  )

  let articleId: number
  let title: string
  let second: ReturnType<typeof npm>
  it(
    'after the launcher is SIGKILLed (engines orphaned) the next start recovers and serves the same data',
    { timeout: 420_000 },
    async () => {
      const token = await loginOverHttp(base, 'reporter@example.org', password)
      title = `Bài viết trước sự cố ${Date.now()}`
      const created = await fetch(`${base}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title, category: 1 }),
      })
      expect(created.status).toBe(201)
      articleId = (await created.json()).doc.id

      process.kill(serving.pid, 'SIGKILL')
      expect(await waitUntilGone([serving.pid])).toEqual([])
      // The crash left both engines running, owned by nobody.
      expect([alive(serving.postgresPid!), alive(serving.meiliPid!)]).toEqual([true, true])

      second = npm(['start'], { timeoutMs: 0 })
      await waitForOutput(second.state, /Cổng thông tin: http:\/\/localhost:\d+/, 360_000)
      expect(second.state.output).toContain(
        `PostgreSQL còn chạy từ lần trước (pid ${serving.postgresPid}`,
      )
      expect(second.state.output).toContain(
        `Meilisearch còn chạy từ lần trước (pid ${serving.meiliPid}`,
      )
      expect(await waitUntilGone([serving.postgresPid!, serving.meiliPid!])).toEqual([])
      const now = (await queryInstance(dataDir))!
      expect(now).toMatchObject({ state: 'serving', postgresPid: postmasterPid() })
      enginePids.add(now.postgresPid!).add(now.meiliPid!)
      const again = await loginOverHttp(base, 'admin@example.org', password)
      const res = await fetch(`${base}/api/articles/${articleId}?depth=0`, {
        headers: { Authorization: `JWT ${again}` },
      })
      expect(res.status).toBe(200)
      expect((await res.json()).title).toBe(title)
    },
  )

  it(
    'SIGTERM to npm stops the launcher and both engines, and frees the data directory',
    { timeout: 120_000 },
    async () => {
      const holder = (await queryInstance(dataDir))!
      const pgPid = postmasterPid()
      expect(isPostgresOn(pgPid, pgDir)).toBe(true)
      process.kill(second.state.child.pid!, 'SIGTERM')
      expect(await waitUntilGone([holder.pid, pgPid, holder.meiliPid!], 60_000)).toEqual([])
      expect(await queryInstance(dataDir)).toBeNull()
      expect(meilisearchPidsOn(path.join(dataDir, 'meilisearch', 'data.ms'))).toEqual([])
      await expect(fetch(base + '/')).rejects.toThrow()
    },
  )
})
