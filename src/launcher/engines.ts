import exitHook from 'async-exit-hook'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { InstanceInfo } from './instanceLock'
import { startEmbeddedMeilisearch } from './meilisearch'
import { dataDir, postgresDataDir } from './paths'
import { ensureDatabase, startEmbeddedPostgres } from './postgres'
import { loadLocalSecrets } from './secrets'

export type Engines = {
  /** Variables the app, worker and CLI need, ready to merge into process.env. */
  env: Record<string, string>
  /** True when the database is ours (embedded), so seeding an empty one is allowed. */
  embeddedDatabase: boolean
  /** The embedded engines started here, for commands that borrow them (see instanceLock.ts). */
  postgres?: { port: number; pid: number }
  meilisearch?: { host: string; pid: number }
  stop: () => Promise<void>
}

const log = (message: string) => console.log(`[launcher] ${message}`)

/**
 * Uses DATABASE_URL / MEILI_HOST when set; otherwise starts the embedded engines, whose data
 * lives under .data/ and survives restarts. Stopping the process stops what was started here.
 * The caller must hold the data directory's instance lock (instanceLock.ts) before calling this.
 */
export async function startEngines(
  opts: { quiet?: boolean; registerExitHook?: boolean } = {},
): Promise<Engines> {
  const say = opts.quiet ? () => {} : log
  const secrets = loadLocalSecrets()
  const stops: Array<() => Promise<void>> = []
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => {})
    stops.length = 0
  }
  if (opts.registerExitHook !== false) {
    exitHook.forceExitTimeout(60_000)
    exitHook((done) => void stop().then(done))
  }
  mkdirSync(dataDir, { recursive: true })

  const env: Record<string, string> = {
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || secrets.payloadSecret,
    IP_HASH_SECRET: process.env.IP_HASH_SECRET || secrets.ipHashKey,
  }
  let embeddedDatabase = false
  const started: Pick<Engines, 'postgres' | 'meilisearch'> = {}
  try {
    if (process.env.DATABASE_URL) {
      env.DATABASE_URL = process.env.DATABASE_URL
      say('Dùng PostgreSQL từ DATABASE_URL')
      if (!process.env.PAYLOAD_SECRET) {
        say(
          'Cảnh báo: chưa đặt PAYLOAD_SECRET; dùng khóa sinh trong .data/secrets.json (mọi phiên bản phải dùng chung một khóa)',
        )
      }
    } else {
      const pgDir = postgresDataDir()
      say(`Khởi động PostgreSQL nhúng (dữ liệu: ${pgDir})`)
      const pg = await startEmbeddedPostgres({
        dataDir: pgDir,
        password: secrets.postgresPassword,
        logFile: path.join(dataDir, 'postgres.log'),
      })
      stops.push(pg.stop)
      started.postgres = { port: pg.port, pid: pg.pid }
      await ensureDatabase(pg.urlFor('postgres'), 'portal')
      env.DATABASE_URL = pg.urlFor('portal')
      embeddedDatabase = true
      say(`PostgreSQL sẵn sàng trên 127.0.0.1:${pg.port}`)
    }

    if (process.env.MEILI_HOST) {
      env.MEILI_HOST = process.env.MEILI_HOST
      if (process.env.MEILI_MASTER_KEY) env.MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY
      say(`Dùng Meilisearch tại ${env.MEILI_HOST}`)
    } else {
      const meili = await startEmbeddedMeilisearch({
        dataDir: path.join(dataDir, 'meilisearch'),
        masterKey: secrets.meiliMasterKey,
        logFile: path.join(dataDir, 'meilisearch.log'),
      })
      stops.push(meili.stop)
      started.meilisearch = { host: meili.host, pid: meili.pid }
      env.MEILI_HOST = meili.host
      env.MEILI_MASTER_KEY = secrets.meiliMasterKey
      say(`Meilisearch sẵn sàng tại ${meili.host} (pid ${meili.pid})`)
    }
  } catch (error) {
    await stop()
    throw error
  }
  if (embeddedDatabase) {
    // For tools that read the running engines' settings (benches, fault tests): owner-only, like
    // secrets.json. Never used to decide anything: the instance lock does that.
    writeFileSync(runningFile, JSON.stringify({ pid: process.pid, env, ...started }), {
      mode: 0o600,
    })
    stops.push(async () => rmSync(runningFile, { force: true }))
  }
  return { env, embeddedDatabase, ...started, stop }
}

const runningFile = path.join(dataDir, 'engines.json')

/**
 * The settings to reach engines a serving launcher runs on this data directory: ports from its
 * lock, passwords from our own secrets.json (the lock is readable by any local user).
 */
export function borrowedEnv(holder: InstanceInfo): Record<string, string> {
  const secrets = loadLocalSecrets()
  const env: Record<string, string> = {
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || secrets.payloadSecret,
    IP_HASH_SECRET: process.env.IP_HASH_SECRET || secrets.ipHashKey,
  }
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL
  else if (holder.postgresPort) {
    env.DATABASE_URL = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${holder.postgresPort}/portal`
  }
  if (process.env.MEILI_HOST) {
    env.MEILI_HOST = process.env.MEILI_HOST
    if (process.env.MEILI_MASTER_KEY) env.MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY
  } else if (holder.meiliHost) {
    env.MEILI_HOST = holder.meiliHost
    env.MEILI_MASTER_KEY = secrets.meiliMasterKey
  }
  return env
}

/** True when this process would run an embedded engine, i.e. needs the data directory's lock. */
export function usesEmbeddedEngines(): boolean {
  return !process.env.DATABASE_URL || !process.env.MEILI_HOST
}
