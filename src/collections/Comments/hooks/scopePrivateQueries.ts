import type { CollectionBeforeOperationHook, Where } from 'payload'

import { sitesWithRole } from '../../../sites/siteRoles'

/** Fields only a comment's moderators may read (src/collections/Comments/index.ts). */
export const PRIVATE_COMMENT_FIELDS = [
  'authorEmail',
  'ipHash',
  'flags',
  'rejectionReason',
  'rejectionNote',
  'moderationLog',
]

const isPrivate = (path: string) =>
  PRIVATE_COMMENT_FIELDS.includes(path.replace(/^-/, '').split('.')[0])

function wherePaths(where: Where | undefined): string[] {
  if (!where) return []
  return Object.entries(where).flatMap(([key, value]) =>
    key === 'and' || key === 'or' ? (value as Where[]).flatMap(wherePaths) : [key],
  )
}

/**
 * Filtering, sorting or listing distinct values by a private field is scoped to the sites the
 * user moderates. Field access can only say "may this user query authorEmail at all" (a commune's
 * moderator may); without this, such a query over the approved comments of other sites would
 * tell which of them a given address or email wrote.
 */
type QueryArgs = {
  overrideAccess?: boolean
  where?: Where
  sort?: string | string[]
  field?: string
}

export const scopePrivateQueries: CollectionBeforeOperationHook<'comments'> = ({
  args,
  operation,
  req,
}) => {
  const query = args as QueryArgs
  if (!['read', 'count', 'readDistinct'].includes(operation) || query.overrideAccess) return args
  const sort = typeof query.sort === 'string' ? query.sort.split(',') : (query.sort ?? [])
  const paths = [...wherePaths(query.where), ...sort, ...(query.field ? [query.field] : [])]
  if (!paths.some(isPrivate)) return args
  const sites = sitesWithRole(req.user, 'admin', 'moderator')
  if (sites === 'all') return args
  const scope: Where = { site: { in: sites.length ? sites : [0] } }
  return { ...args, where: query.where ? { and: [query.where, scope] } : scope }
}
