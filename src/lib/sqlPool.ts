import type { Payload } from 'payload'
import type { Pool } from 'pg'

/** The pg pool behind Payload's Postgres adapter, for the few atomic counters we write in SQL. */
export const sqlPool = (payload: Payload): Pool => (payload.db as unknown as { pool: Pool }).pool
