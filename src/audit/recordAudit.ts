import type { Payload, PayloadRequest } from 'payload'

import { clientAddress, hashAddress } from '../visitors/clientAddress'
import type { AuditAction } from './auditActions'

export type AuditEntry = {
  action: AuditAction
  /** What the action was about, `collection:id` (e.g. `articles:12`). */
  target?: string
  /** Who acted; the request's user when omitted. */
  user?: { id: number | string; email?: string | null } | null
  /** The account name typed at a failed sign-in, when there is no user. */
  email?: string | null
}

/**
 * Appends one entry, in the request's transaction where there is one (a publish and its entry
 * commit or roll back together). The client address is kept only as its keyed hash.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = entry.user === undefined ? req.user : entry.user
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      user: user ? Number(user.id) : null,
      email: entry.email ?? (user as { email?: string } | null)?.email ?? null,
      at: new Date().toISOString(),
      ipHash: req.headers ? hashAddress(clientAddress(req.headers)) : null,
      target: entry.target ?? null,
    },
    req,
    overrideAccess: true,
  })
}

/** An entry with no request behind it (a backup or restore from the command line, a job). */
export async function recordSystemAudit(
  payload: Payload,
  action: AuditAction,
  target: string,
): Promise<void> {
  await payload.create({
    collection: 'audit-log',
    data: { action, at: new Date().toISOString(), target },
    overrideAccess: true,
  })
}
