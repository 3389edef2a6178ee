import exitHook from 'async-exit-hook'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedMeilisearch } from './meilisearch'
import { dataDir, postgresDataDir } from './paths'
import { ensureDatabase, startEmbeddedPostgres } from './postgres'
import { loadLocalSecrets } from './secrets'

export type Engines = {
  /** Variables the app, worker and CLI need, ready to merge into process.env. */
  env: Record<string, string>
  /** True when the database is ours (embedded), so seeding an empty one is allowed. */
  embeddedDatabase: boolean
  stop: () => Promise<void>
}

const log = (message: string) => console.log(`[launcher] ${message}`)

/**
 * Uses DATABASE_URL / MEILI_HOST when set; otherwise starts the embedded engines, whose data
 * lives under .data/ and survives restarts. Stopping the process stops what was started here.
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
  const running = readRunningEngines()
  if (running && !process.env.DATABASE_URL && !process.env.MEILI_HOST) {
    // Another launcher (npm run dev) already runs the embedded engines on this data: share them.
    say(`Dùng PostgreSQL và Meilisearch đang chạy (launcher pid ${running.pid})`)
    return { env: { ...env, ...running.env }, embeddedDatabase: true, stop }
  }
  try {
    if (process.env.DATABASE_URL) {
      env.DATABASE_URL = process.env.DATABASE_URL
      say('Dùng PostgreSQL từ DATABASE_URL')
      if (!process.env.PAYLOAD_SECRET) {
        say('Cảnh báo: chưa đặt PAYLOAD_SECRET; dùng khóa sinh trong .data/secrets.json (mọi phiên bản phải dùng chung một khóa)')
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
      env.MEILI_HOST = meili.host
      env.MEILI_MASTER_KEY = secrets.meiliMasterKey
      say(`Meilisearch sẵn sàng tại ${meili.host} (pid ${meili.pid})`)
    }
  } catch (error) {
    await stop()
    throw error
  }
  if (embeddedDatabase) {
    writeFileSync(runningFile, JSON.stringify({ pid: process.pid, env }), { mode: 0o600 })
    stops.push(async () => rmSync(runningFile, { force: true }))
  }
  return { env, embeddedDatabase, stop }
}

const runningFile = path.join(dataDir, 'engines.json')

/** The engines a live launcher started on this data directory, if any. */
function readRunningEngines(): { pid: number; env: Record<string, string> } | null {
  if (!existsSync(runningFile)) return null
  try {
    const running = JSON.parse(readFileSync(runningFile, 'utf8'))
    process.kill(running.pid, 0)
    return running
  } catch {
    return null
  }
}
