import { spawnSync } from 'node:child_process'
import { writeSync } from 'node:fs'
import type { Socket } from 'node:net'
import type { Payload } from 'payload'

import { applyMigrations, bootPayload, shutdownPayload } from './bootPayload'
import { borrowedEnv, startEngines, usesEmbeddedEngines } from './engines'
import {
  acquireInstanceLock,
  borrowInstance,
  describeInstance,
  type InstanceInfo,
} from './instanceLock'
import { dataDir } from './paths'
import { watchParents } from './watchParents'

export type CommandContext = {
  /** True when the database is the embedded one (seeding allowed). */
  embedded: boolean
  /** Resolves when the command is asked to stop (Ctrl-C, SIGTERM, npm gone, lender stopping). */
  stopRequested: Promise<string>
}

const say = (message: string) => console.error(`[launcher] ${message}`)

/** Alone Payload loads in ~10 s, under CI load in ~40 s; a stuck import never does. */
const LOAD_LIMIT_MS = Number(process.env.PORTAL_LOAD_LIMIT_MS) || 90_000

/**
 * Loading Payload is where a dynamic import under tsx's loader sometimes never settles. Nothing
 * has been done yet: run the same command once more, in a new process, and return its code.
 */
function runAgain(name: string, env: NodeJS.ProcessEnv): number {
  writeSync(2, `[launcher] Chạy lại npm run ${name}…\n`)
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...env, PORTAL_COMMAND_RETRY: '1' },
  })
  return again.status ?? 1
}

/**
 * Commands that need the database but no web server (`user`, `seed`, `reindex`, `worker`). Beside
 * a serving launcher they borrow its engines (and it waits for them before stopping); otherwise
 * they start the engines themselves, holding the data directory for their lifetime. They refuse
 * while another holder starts up for too long or is stopping.
 *
 * The exit code is `run`'s, and never 0 unless `run` returned 0: a library calling
 * process.exit(0), or an event loop running dry while a promise waits forever, used to end
 * `npm run user -- create` "successfully" having done nothing.
 */
export async function runCommand(
  name: string,
  run: (payload: Payload, context: CommandContext) => Promise<number>,
  opts: { longRunning?: boolean } = {},
): Promise<never> {
  let finished = false
  let step = 'khởi động'
  process.exitCode = 1
  let exitCalled = false
  const canRetry = process.env.PORTAL_COMMAND_RETRY !== '1'
  // The engines' variables go into process.env; a retry must find (or start) its own.
  const startEnv = { ...process.env }
  // An event loop that ran dry while a step waited forever ends here without exit(): say where.
  process.on('exit', (code) => {
    if (finished || exitCalled) return
    if (code === 0) process.exitCode = 1
    writeSync(
      2,
      `[launcher] npm run ${name} dừng giữa chừng (${step}), chưa xong việc: mã ${code || 1}\n`,
    )
    // Loading Payload is where a dynamic import under tsx's loader sometimes never settles (the
    // loop drains). Nothing has been done yet: run the same command once more, in a new process.
    if (step === 'nạp Payload' && canRetry) process.exitCode = runAgain(name, startEnv)
  })
  process.env.PAYLOAD_LOG_LEVEL ||= 'error'
  // A silent hang is the worst failure for an operator (and a CI log): say where we wait.
  const startedAt = Date.now()
  const progress = setInterval(
    () => say(`Vẫn đang ${step} (${Math.round((Date.now() - startedAt) / 1000)} s)…`),
    30_000,
  )
  progress.unref()
  const withinLoadLimit = <T>(loading: Promise<T>) =>
    canRetry
      ? Promise.race([
          loading,
          new Promise<null>((r) => setTimeout(r, LOAD_LIMIT_MS, null).unref()),
        ])
      : loading

  const cleanups: Array<() => Promise<void>> = []
  let stopping: Promise<void> | null = null
  const stop = () =>
    (stopping ??= (async () => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
    })())
  let requestStop: (reason: string) => void = () => {}
  const stopRequested = new Promise<string>((resolve) => (requestStop = resolve))
  // A long-running command (the worker) stops cleanly; a one-shot one is cut short (exit 130/143).
  const interrupt = (reason: string, code: number) => {
    if (opts.longRunning) return requestStop(reason)
    say(`Bị dừng (${reason})`)
    void stop().then(() => process.exit(code))
  }
  process.once('SIGINT', () => interrupt('SIGINT', 130))
  process.once('SIGTERM', () => interrupt('SIGTERM', 143))
  process.once('SIGHUP', () => interrupt('SIGHUP', 129))
  watchParents(() => interrupt('npm đã dừng', 143))

  try {
    // One-shot commands just finish: the lender waits for them before stopping its engines.
    step = 'tìm PostgreSQL và Meilisearch'
    const engines = await obtainEngines(
      name,
      cleanups,
      () => opts.longRunning && requestStop('launcher đang dừng'),
    )
    if (!engines) return exit(1)
    step = 'nạp Payload'
    const payload = await withinLoadLimit(bootPayload(engines.env))
    if (!payload) {
      // With our own engines running the loop never drains: the stuck import would hang forever.
      say(`Nạp Payload quá ${LOAD_LIMIT_MS / 1000} s (lệnh import bị treo)`)
      await stop()
      return exit(runAgain(name, startEnv))
    }
    cleanups.push(() => shutdownPayload(payload))
    step = 'áp dụng migration'
    await applyMigrations(payload)
    step = `chạy lệnh ${name}`
    if (opts.longRunning) clearInterval(progress)
    const code = await run(payload, { embedded: engines.embedded, stopRequested })
    step = 'dừng'
    await stop()
    finished = code === 0
    return exit(code)
  } catch (error) {
    say(`Lỗi: ${error instanceof Error ? error.message : error}`)
    await stop()
    return exit(1)
  }

  function exit(code: number): never {
    exitCalled = true
    process.exit(code)
  }
}

type Obtained = { env: Record<string, string>; embedded: boolean } | null

/** Our own engines under the data directory's lock, or those a serving launcher lends us. */
async function obtainEngines(
  name: string,
  cleanups: Array<() => Promise<void>>,
  onLenderStopping: () => unknown,
): Promise<Obtained> {
  const own = async () => {
    const engines = await startEngines({ quiet: true, registerExitHook: false })
    cleanups.push(engines.stop)
    return { env: engines.env, embedded: engines.embeddedDatabase }
  }
  if (!usesEmbeddedEngines()) return own()

  const deadline = Date.now() + 180_000
  while (true) {
    const result = await acquireInstanceLock(dataDir, {
      pid: process.pid,
      command: name,
      state: 'busy',
    })
    if (result.lock) {
      cleanups.push(result.lock.release)
      return own()
    }
    const holder = result.holder
    if (holder?.state === 'starting' && Date.now() < deadline) {
      say(`Chờ ${describeInstance(holder)}…`)
      await new Promise((r) => setTimeout(r, 2000))
      continue
    }
    if (name === 'worker' && holder?.worker) {
      say(
        `Không chạy worker thứ hai: ${describeInstance(holder)} đã chạy hàng đợi công việc (một worker cho mỗi triển khai).`,
      )
      return null
    }
    if (holder?.state === 'serving' && (holder.command === 'dev' || holder.command === 'start')) {
      const borrowed = await borrowInstance(dataDir)
      if (borrowed?.info.state === 'serving') {
        say(`Dùng PostgreSQL và Meilisearch của ${describeInstance(borrowed.info)}`)
        const unwatch = watchLender(borrowed.socket, onLenderStopping)
        cleanups.push(async () => {
          unwatch()
          borrowed.socket.destroy()
        })
        return { env: borrowedEnv(borrowed.info), embedded: Boolean(borrowed.info.postgresPort) }
      }
      borrowed?.socket.destroy()
      continue
    }
    say(refusal(holder))
    return null
  }
}

function refusal(holder: InstanceInfo | null): string {
  const what = `Dữ liệu ${dataDir} đang được dùng bởi ${describeInstance(holder)}`
  if (holder?.state === 'stopping') return `${what}: chờ nó dừng hẳn rồi chạy lại lệnh.`
  return `${what}: chờ nó xong, hoặc chạy lệnh này khi npm run dev / npm start đang phục vụ.`
}

/** The lender announces `stopping` before stopping its engines, or is simply gone. */
function watchLender(socket: Socket, onStopping: () => unknown): () => void {
  let stopped = false
  const fire = () => {
    if (stopped) return
    stopped = true
    onStopping()
  }
  const onData = (chunk: Buffer) => {
    if (chunk.toString().includes('"state":"stopping"')) fire()
  }
  socket.on('data', onData)
  socket.on('close', fire)
  return () => {
    socket.off('data', onData)
    socket.off('close', fire)
  }
}
