/**
 * One entry for every command in package.json: `dev`, `start`, `build`, `worker`, `seed`, `user`,
 * `site`, `reindex`, `migrate:create`. It starts the embedded engines unless DATABASE_URL / MEILI_HOST point
 * elsewhere, applies migrations, seeds an empty embedded database, runs the jobs worker and the
 * Next.js server, and stops everything it started on Ctrl-C or SIGTERM.
 */
import exitHook from 'async-exit-hook'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

import { demoAccounts } from '../seed/demoAccounts'
import { demoPassword } from './demoPassword'
import { startEngines, usesEmbeddedEngines } from './engines'
import { acquireInstanceLock, describeInstance, type InstanceLock } from './instanceLock'
import { startNextServer } from './nextServer'
import { dataDir, repoRoot } from './paths'
import { runCommand } from './runCommand'
import { userCommand } from './userCommand'
import { watchParents } from './watchParents'
import { prepareDatabase } from './prepareDatabase'
import { startJobWorker } from './worker'
import { revalidateToken } from '../site/revalidateToken'

const [command = 'dev', ...args] = process.argv.slice(2)
const log = (message: string) => console.log(`[launcher] ${message}`)

async function serve(mode: 'dev' | 'start') {
  if (mode === 'start') Object.assign(process.env, { NODE_ENV: 'production' })
  const lock = await holdDataDir(mode)
  const cleanups: Array<[string, () => Promise<void>]> = []
  let stopping: Promise<void> | null = null
  // Every caller (signal, parent gone, Next exiting, failed start) waits for the same stop, so
  // none of them can exit the process while the engines are still being stopped.
  const shutdown = () =>
    (stopping ??= (async () => {
      log('Đang dừng…')
      // From now on nobody may borrow the engines; those already borrowing get 15 s to finish.
      lock?.update({ state: 'stopping' })
      await lock?.borrowersGone(15_000)
      for (const [name, cleanup] of cleanups.reverse()) {
        if (process.env.LAUNCHER_DEBUG) log(`dừng ${name}`)
        await cleanup().catch((error) => log(`Lỗi khi dừng ${name}: ${error}`))
      }
      // Released last: a new launcher may start only once our engines are gone.
      await lock?.release()
      log('Đã dừng máy chủ web, hàng đợi và các dịch vụ đã khởi động.')
    })())
  // async-exit-hook gives hooks 10 s by default, less than an orderly stop of app + engines.
  exitHook.forceExitTimeout(60_000)
  exitHook((done) => void shutdown().then(done))
  watchParents(() => {
    log('Tiến trình cha (npm) đã dừng')
    void shutdown().then(() => process.exit(0))
  })

  try {
    await startServing(mode, { cleanups, stopping: () => stopping !== null, shutdown, lock })
  } catch (error) {
    // Whatever started before the failure (engines, Payload, worker) must not outlive us.
    log(`Không khởi động được: ${error instanceof Error ? error.message : error}`)
    await shutdown()
    process.exit(1)
  }
}

/**
 * One launcher per data directory (instanceLock.ts). A second one says who runs and leaves,
 * within seconds: it never starts a second Postgres nor touches engines that are stopping.
 */
async function holdDataDir(mode: 'dev' | 'start'): Promise<InstanceLock | null> {
  if (!usesEmbeddedEngines()) return null
  const result = await acquireInstanceLock(dataDir, {
    pid: process.pid,
    command: mode,
    state: 'starting',
    url: serverUrl(),
  })
  if (result.lock) return result.lock
  console.error(
    `[launcher] Không khởi động: dữ liệu ${dataDir} đang được dùng bởi ${describeInstance(result.holder)}.\n` +
      `[launcher] Mỗi thư mục dữ liệu chỉ chạy một launcher: dùng phiên bản đang chạy, dừng nó (kill ${result.holder?.pid ?? '<pid>'}), hoặc đặt PORTAL_DATA_DIR khác.`,
  )
  process.exit(1)
}

function serverUrl(): string {
  const host = process.env.HOST || '127.0.0.1'
  return `http://${host === '127.0.0.1' ? 'localhost' : host}:${Number(process.env.PORT || 3000)}`
}

type Lifecycle = {
  cleanups: Array<[string, () => Promise<void>]>
  stopping: () => boolean
  shutdown: () => Promise<void>
  lock: InstanceLock | null
}

async function startServing(
  mode: 'dev' | 'start',
  { cleanups, stopping, shutdown, lock }: Lifecycle,
) {
  const engines = await startEngines({ registerExitHook: false })
  cleanups.push(['engines', engines.stop])
  // Demo accounts exist only in our own embedded database: no password file otherwise.
  const password = engines.embeddedDatabase ? demoPassword() : ''
  await prepareDatabase(engines.env, engines.embeddedDatabase, cleanups)

  const port = Number(process.env.PORT || 3000)
  const host = process.env.HOST || '127.0.0.1'
  // The jobs refresh the site through the web server (also when they run inside it).
  process.env.REVALIDATE_URL ||= `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`

  // One worker per deployment, inside the web server (src/launcher/workerInWebServer.ts): extra
  // web instances run with JOBS_WORKER=0.
  const runWorker = process.env.JOBS_WORKER !== '0'
  log(
    runWorker
      ? 'Hàng đợi công việc: chạy trong tiến trình máy chủ web'
      : 'Hàng đợi công việc: không chạy ở đây (JOBS_WORKER=0)',
  )

  const next = await startNextServer({
    mode,
    port,
    host,
    env: {
      ...engines.env,
      NODE_ENV: mode === 'dev' ? 'development' : 'production',
      PORTAL_RUN_WORKER: runWorker ? '1' : '0',
    },
  })
  cleanups.push(['next', next.stop])
  next.child.once('exit', (code) => {
    if (stopping()) return
    log(`Next.js đã dừng (mã ${code}); dừng các dịch vụ`)
    void shutdown().then(() => process.exit(code ?? 1))
  })

  // Pages prerendered by `next build` had no database: refresh them before the first visitor.
  if (mode === 'start') await refreshPages(process.env.REVALIDATE_URL!)
  // Commands beside us (npm run user, reindex …) may now borrow the engines.
  lock?.update({
    worker: runWorker,
    state: 'serving',
    url: next.url,
    postgresPort: engines.postgres?.port,
    postgresPid: engines.postgres?.pid,
    meiliHost: engines.meilisearch?.host,
    meiliPid: engines.meilisearch?.pid,
  })
  console.log(`\n  Cổng thông tin: ${next.url}\n  Trang quản trị: ${next.url}/admin\n`)
  if (engines.embeddedDatabase) {
    console.log('  Tài khoản mẫu (mật khẩu: ' + password + '):')
    for (const a of demoAccounts) console.log(`    ${a.roles[0].padEnd(16)} ${a.email}`)
    console.log('')
  }
  // Warm up the pages a first visitor opens, so the first request is not a cold compile
  // (PORTAL_WARMUP=0 skips it: tests that never open the admin spare the CPU).
  if (mode === 'dev' && process.env.PORTAL_WARMUP !== '0')
    for (const p of ['/', '/admin/login'])
      void fetch(next.url.replace('localhost', '127.0.0.1') + p).catch(() => {})
}

async function refreshPages(base: string) {
  const res = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { 'x-revalidate-token': revalidateToken() },
  }).catch(() => null)
  if (!res?.ok) log(`Không làm mới được trang đã dựng sẵn (${res?.status ?? 'không kết nối được'})`)
}

async function main() {
  switch (command) {
    case 'dev':
    case 'start':
      return serve(command)
    case 'build': {
      const require = createRequire(import.meta.url)
      const result = spawnSync(
        process.execPath,
        [require.resolve('next/dist/bin/next'), 'build', ...args],
        {
          cwd: repoRoot,
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        },
      )
      process.exit(result.status ?? 1)
    }
    case 'worker':
      return runCommand(
        'worker',
        async (payload, { stopRequested }) => {
          const worker = startJobWorker(payload)
          log('Worker đang chạy hàng đợi công việc (Ctrl-C để dừng)')
          log(`Dừng worker (${await stopRequested})`)
          await worker.stop()
          return 0
        },
        { longRunning: true },
      )
    case 'seed':
      return runCommand('seed', async (payload) => {
        const { seedDemo } = await import('../seed')
        const report = await seedDemo(payload, { password: demoPassword() })
        log(
          `Đã tạo ${report.users} tài khoản, ${report.categories} chuyên mục, ${report.articles} tin bài, ${report.pages} trang giới thiệu, ${report.leaders} lãnh đạo, ${report.links} liên kết, ${report.consultations} dự thảo lấy ý kiến, ${report.questions} câu hỏi`,
        )
        return 0
      })
    case 'user':
      return runCommand('user', (payload) => userCommand(payload, args))
    case 'site':
      return runCommand('site', async (payload) =>
        (await import('./siteCommand')).siteCommand(payload, args),
      )
    case 'reindex':
      return runCommand('reindex', async (payload) => {
        const { reindexCommand } = await import('./reindexCommand')
        return reindexCommand(payload)
      })
    case 'backup':
      return runCommand('backup', async () =>
        (await import('../backup/backupCommand')).backupCommand(process.env.DATABASE_URL!),
      )
    case 'restore':
      return runCommand('restore', async (payload) =>
        (await import('../backup/restoreCommand')).restoreCommand(
          payload,
          process.env.DATABASE_URL!,
          args,
        ),
      )
    case 'migrate:create': {
      const { createMigration } = await import('./createMigration')
      return createMigration(args[0] ?? 'schema')
    }
    default:
      console.error(`Lệnh không rõ: ${command}`)
      process.exit(2)
  }
}

main().catch((error) => {
  console.error('[launcher] Lỗi:', error)
  process.exit(1)
})
