import { createHash } from 'node:crypto'
import { mkdirSync, realpathSync } from 'node:fs'
import net from 'node:net'

/** What the holder of a data directory tells whoever asks (no secrets: anyone local may ask). */
export type InstanceInfo = {
  pid: number
  /** `dev`, `start`, `user`, `worker` … */
  command: string
  /** Only a `serving` launcher lends its engines; `stopping` means they are about to go away. */
  state: 'starting' | 'serving' | 'stopping' | 'busy'
  url?: string
  /** True when this holder runs the jobs worker (there must be one per deployment). */
  worker?: boolean
  /** Embedded engines this holder runs, for commands that borrow them. */
  postgresPort?: number
  postgresPid?: number
  meiliHost?: string
  meiliPid?: number
}

export type InstanceLock = {
  info: InstanceInfo
  update: (change: Partial<InstanceInfo>) => void
  /** Resolves once no command borrowing our engines is still connected (or after `timeoutMs`). */
  borrowersGone: (timeoutMs: number) => Promise<void>
  release: () => Promise<void>
}

export type LockResult =
  { lock: InstanceLock; holder?: never } | { lock?: never; holder: InstanceInfo | null }

/**
 * One holder per data directory: a listening unix socket in the abstract namespace, named after
 * the directory. The kernel frees the name when the holder dies (even by SIGKILL or power loss),
 * so it can never go stale the way a pid file does; and whoever finds it taken connects to it and
 * learns who holds it, in which state.
 */
export function socketName(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true })
  const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 32)
  return `\0cong-thong-tin-${key}`
}

export async function acquireInstanceLock(
  dataDir: string,
  info: InstanceInfo,
): Promise<LockResult> {
  const name = socketName(dataDir)
  // A holder that just died frees its name; a second try covers that instant.
  for (let attempt = 0; attempt < 3; attempt++) {
    const lock = await listen(name, info)
    if (lock) return { lock }
    const holder = await queryInstance(dataDir)
    if (holder) return { holder }
    await new Promise((r) => setTimeout(r, 300))
  }
  return { holder: null }
}

function listen(name: string, info: InstanceInfo): Promise<InstanceLock | null> {
  const borrowers = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    socket.on('error', () => {})
    socket.write(`${JSON.stringify(info)}\n`)
    // A borrower keeps its connection open while it uses our engines; an asker just hangs up.
    borrowers.add(socket)
    socket.on('close', () => borrowers.delete(socket))
  })
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(null) : reject(error),
    )
    server.listen(name, () => {
      server.unref()
      resolve({
        info,
        update: (change) => {
          Object.assign(info, change)
          // Borrowers hear about it at once: a worker then stops before the engines go.
          for (const socket of borrowers) socket.write(`${JSON.stringify(info)}\n`)
        },
        borrowersGone: async (timeoutMs) => {
          const deadline = Date.now() + timeoutMs
          while (borrowers.size && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 200))
        },
        release: () =>
          new Promise<void>((done) => {
            for (const socket of borrowers) socket.destroy()
            server.close(() => done())
          }),
      })
    })
  })
}

/** The holder's info, or null when nobody holds the directory (or it does not answer in time). */
export function queryInstance(dataDir: string): Promise<InstanceInfo | null> {
  return connect(dataDir, false).then((r) => r?.info ?? null)
}

/**
 * Connects as a borrower: the connection stays open (without keeping this process alive) so the
 * holder waits for us before stopping the engines we use.
 */
export function borrowInstance(dataDir: string) {
  return connect(dataDir, true)
}

function connect(
  dataDir: string,
  keepOpen: boolean,
  timeoutMs = 5000,
): Promise<{ info: InstanceInfo; socket: net.Socket } | null> {
  return new Promise((resolve) => {
    const socket = net.connect(socketName(dataDir))
    let buffer = ''
    let settled = false
    const finish = (result: { info: InstanceInfo; socket: net.Socket } | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (!result || !keepOpen) socket.destroy()
      else socket.unref()
      resolve(result)
    }
    const timer = setTimeout(() => finish(null), timeoutMs)
    socket.on('error', () => finish(null))
    socket.on('close', () => finish(null))
    socket.on('data', (chunk) => {
      buffer += chunk.toString()
      const line = buffer.indexOf('\n')
      if (line < 0) return
      try {
        finish({ info: JSON.parse(buffer.slice(0, line)), socket })
      } catch {
        finish(null)
      }
    })
  })
}

/** "npm run dev (pid 123, http://localhost:3000) đang phục vụ" — for refusal messages. */
export function describeInstance(holder: InstanceInfo | null): string {
  if (!holder) return 'một tiến trình khác (không trả lời)'
  const where = holder.url ? `, ${holder.url}` : ''
  const state = {
    starting: 'đang khởi động',
    serving: 'đang phục vụ',
    stopping: 'đang dừng',
    busy: 'đang chạy',
  }[holder.state]
  return `npm run ${holder.command} (pid ${holder.pid}${where}) ${state}`
}
