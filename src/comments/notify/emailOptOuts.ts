import type { Pool } from 'pg'

import { hashEmail } from './unsubscribeToken'

/** Whether the address asked for no more mail about its comments. */
export async function hasOptedOut(pool: Pool, email: string): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM email_opt_outs WHERE email_hash = $1', [
    hashEmail(email),
  ])
  return Boolean(rowCount)
}

/** Records an opt-out by its hash (twice is once). */
export async function optOut(pool: Pool, emailHash: string): Promise<void> {
  await pool.query(
    'INSERT INTO email_opt_outs (email_hash) VALUES ($1) ON CONFLICT (email_hash) DO NOTHING',
    [emailHash],
  )
}
