import type { Payload } from 'payload'

import { within } from '../lib/within'

/**
 * Loads the Payload config (after the engines' variables are in process.env: the config reads
 * them at import) and initialises the Local API outside Next.
 */
export async function bootPayload(env: Record<string, string>): Promise<Payload> {
  Object.assign(process.env, env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  // Outside Next there is no HMR to follow: without this, Payload in a non-production process opens
  // a WebSocket to the dev server on PORT (ours, or the one a CLI runs beside). Only for this call,
  // so the web server the launcher starts still follows HMR.
  const hmr = process.env.DISABLE_PAYLOAD_HMR
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const payload = await getPayload({ config, cron: false }).finally(() => {
    if (hmr === undefined) delete process.env.DISABLE_PAYLOAD_HMR
    else process.env.DISABLE_PAYLOAD_HMR = hmr
  })
  const pool = (payload.db as unknown as { pool?: { on: (e: string, f: () => void) => void } }).pool
  // An idle client losing its server (engines stopping) must not crash the process.
  pool?.on('error', () => {})
  return payload
}

type PgPool = {
  end: () => Promise<void>
  ended?: boolean
  _clients?: { end: () => Promise<void> }[]
}

/**
 * payload.destroy() leaves the pg pool open with a client checked out, and pool.end() waits for
 * that client forever: close every client ourselves, then end the pool. All within 2 s: a
 * client's end() waits for its socket's 'end', and a wait that no handle keeps alive would end
 * the process with exit 13 and nothing said.
 */
export async function shutdownPayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy().catch(() => {})
  if (!pool || pool.ended) return
  const close = async () => {
    await Promise.all((pool._clients ?? []).map((client) => client.end().catch(() => {})))
    await pool.end().catch(() => {})
  }
  await within(close(), 2000).catch(() => {})
}

/** Applies committed migrations that this database has not run yet. */
export async function applyMigrations(payload: Payload): Promise<void> {
  const { migrations } = await import('../migrations')
  await payload.db.migrate({ migrations: migrations as never })
}
