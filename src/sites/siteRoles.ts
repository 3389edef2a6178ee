import type { Where } from 'payload'

import { ROLES, type Role } from '../access/roles'

type Relation = number | string | { id: number | string } | null | undefined
type SiteRow = { site?: Relation; roles?: string[] | null }
/** The parts of a user that decide what they may do: global roles and roles per site. */
export type SiteUser = { roles?: string[] | null; sites?: SiteRow[] | null } | null | undefined

/** The id of a relationship value, populated or not. */
export function idOf(value: Relation): number | null {
  const id = typeof value === 'object' && value !== null ? value.id : value
  return id === null || id === undefined || id === '' ? null : Number(id)
}

const asRoles = (roles: string[] | null | undefined): Role[] =>
  (roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r))

/** Roles held on every site (province staff). */
export const globalRoles = (user: SiteUser): Role[] => asRoles(user?.roles)

/** Each site where the user holds roles of their own, with those roles. */
export function siteRows(user: SiteUser): { site: number; roles: Role[] }[] {
  return (user?.sites ?? []).flatMap((row) => {
    const site = idOf(row.site)
    const roles = asRoles(row.roles)
    return site === null || !roles.length ? [] : [{ site, roles }]
  })
}

/** Roles on one site: the global ones and those held on that site. */
export function rolesOnSite(user: SiteUser, site: Relation): Role[] {
  const id = idOf(site)
  const own = siteRows(user).flatMap((row) => (row.site === id ? row.roles : []))
  return [...new Set([...globalRoles(user), ...own])]
}

export const hasRoleOnSite = (user: SiteUser, site: Relation, ...roles: Role[]): boolean =>
  rolesOnSite(user, site).some((r) => roles.includes(r))

/** Whether the user holds one of `roles` on at least one site (or globally). */
export const hasRoleAnywhere = (user: SiteUser, ...roles: Role[]): boolean =>
  globalRoles(user).some((r) => roles.includes(r)) ||
  siteRows(user).some((row) => row.roles.some((r) => roles.includes(r)))

/** Sites where the user holds one of `roles`: `'all'` when held globally. */
export function sitesWithRole(user: SiteUser, ...roles: Role[]): 'all' | number[] {
  if (globalRoles(user).some((r) => roles.includes(r))) return 'all'
  return siteRows(user)
    .filter((row) => row.roles.some((r) => roles.includes(r)))
    .map((row) => row.site)
}

/**
 * A rule by roles, applied site by site: `rule(global roles)` holds on every site, and on each
 * site where the user holds roles, `rule(global ∪ that site's roles)` holds there only. The result
 * is a query Payload applies to reads, updates, deletes, version restores and bulk edits alike.
 * `field` names the document's site (`version.site` for readVersions).
 */
export function bySiteRoles(
  user: SiteUser,
  rule: (roles: Role[]) => Where | boolean,
  field = 'site',
): Where | boolean {
  const everywhere = rule(globalRoles(user))
  if (everywhere === true) return true
  const clauses: Where[] = everywhere ? [everywhere] : []
  for (const { site } of siteRows(user)) {
    const here = rule(rolesOnSite(user, site))
    if (here === true) clauses.push({ [field]: { equals: site } })
    else if (here) clauses.push({ and: [{ [field]: { equals: site } }, here] })
  }
  if (!clauses.length) return false
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}
