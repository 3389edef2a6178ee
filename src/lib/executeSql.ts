import type { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>
import type { PayloadRequest } from 'payload'

type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/** Runs raw SQL in the request's database transaction when it has one (Payload's hooks run before commit). */
export async function executeSql(req: PayloadRequest, query: SQL) {
  const adapter = req.payload.db as unknown as {
    drizzle: Executor
    sessions?: Record<string, { db: Executor }>
  }
  const id = req.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
  return (await db.execute(query)).rows
}
