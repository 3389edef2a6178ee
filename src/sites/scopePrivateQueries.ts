import type { CollectionBeforeOperationHook, CollectionSlug, Where } from 'payload'

import type { Role } from '../access/roles'
import { sitesWithRole } from './siteRoles'

function wherePaths(where: Where | undefined): string[] {
  if (!where) return []
  return Object.entries(where).flatMap(([key, value]) =>
    key === 'and' || key === 'or' ? (value as Where[]).flatMap(wherePaths) : [key],
  )
}

type QueryArgs = {
  overrideAccess?: boolean
  where?: Where
  sort?: string | string[]
  field?: string
}

/**
 * Filtering, sorting or listing distinct values by a private field is scoped to the sites where
 * the user holds one of `roles`. Field access can only say "may this user query authorEmail at
 * all" (a commune's moderator may); without this, such a query over the public documents of other
 * sites would tell which of them a given address or email wrote.
 */
export const scopePrivateQueriesOf =
  <S extends CollectionSlug>(fields: string[], roles: Role[]): CollectionBeforeOperationHook<S> =>
  ({ args, operation, req }) => {
    const query = args as QueryArgs
    if (!['read', 'count', 'readDistinct'].includes(operation) || query.overrideAccess) return args
    const sort = typeof query.sort === 'string' ? query.sort.split(',') : (query.sort ?? [])
    const paths = [...wherePaths(query.where), ...sort, ...(query.field ? [query.field] : [])]
    if (!paths.some((path) => fields.includes(path.replace(/^-/, '').split('.')[0]))) return args
    const sites = sitesWithRole(req.user, ...roles)
    if (sites === 'all') return args
    const scope: Where = { site: { in: sites.length ? sites : [0] } }
    return { ...args, where: query.where ? { and: [query.where, scope] } : scope }
  }
