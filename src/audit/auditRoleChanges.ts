import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from './recordAudit'

type Rights = { roles?: unknown; sites?: unknown; categories?: unknown }

/** Global roles, roles per site and (where set) categories: what decides what an account may do. */
const rightsOf = (user: Rights | undefined) =>
  JSON.stringify({
    roles: user?.roles ?? [],
    sites: ((user?.sites as { site?: unknown; roles?: unknown }[] | undefined) ?? []).map((s) => ({
      site: typeof s.site === 'object' && s.site ? (s.site as { id: unknown }).id : s.site,
      roles: s.roles ?? [],
    })),
    categories: ((user?.categories as unknown[] | undefined) ?? []).map((c) =>
      typeof c === 'object' && c ? (c as { id: unknown }).id : c,
    ),
  })

/** An account created with rights, or whose rights changed, in the same transaction. */
export const auditRoleChanges: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = operation === 'create' ? rightsOf(undefined) : rightsOf(previousDoc)
  if (rightsOf(doc) !== before)
    await recordAudit(req, { action: 'role-change', target: `users:${doc.id}` })
  return doc
}
