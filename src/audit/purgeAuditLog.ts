import type { Payload } from 'payload'

import { sqlPool } from '../lib/sqlPool'

/** Entries older than AUDIT_KEEP_DAYS (365) days; the only way an entry ever leaves. */
export async function purgeAuditLog(payload: Payload): Promise<number> {
  const days = Number(process.env.AUDIT_KEEP_DAYS || 365)
  const { rowCount } = await sqlPool(payload).query(
    `DELETE FROM audit_log WHERE at < now() - make_interval(days => $1)`,
    [days],
  )
  return rowCount ?? 0
}
