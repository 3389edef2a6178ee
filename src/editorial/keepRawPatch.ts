import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const RAW_PATCH = 'rawUserPatch'

/**
 * An update of accounts with access enforced keeps what the caller sent, before Payload's field
 * access silently puts back the fields they may not change: a chief's request naming a password
 * or a role must be refused in words, not half-applied (src/editorial/limitChiefToCategories.ts).
 */
export const keepRawPatch: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  req.context[RAW_PATCH] = overrideAccess || !data ? undefined : JSON.parse(JSON.stringify(data))
  return args
}

/** What the caller of the current account update sent; undefined when access is overridden. */
export const rawPatch = (req: PayloadRequest): Record<string, unknown> | undefined =>
  req.context[RAW_PATCH] as Record<string, unknown> | undefined
