import pg from 'pg'

import type { AuditAction } from './auditActions'

/** An entry written in plain SQL, by commands that run without Payload (`npm run backup`). */
export async function recordSqlAudit(
  databaseUrl: string,
  action: AuditAction,
  target: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(
      `INSERT INTO audit_log (action, at, target, updated_at, created_at)
       VALUES ($1, now(), $2, now(), now())`,
      [action, target],
    )
  } finally {
    await client.end()
  }
}
