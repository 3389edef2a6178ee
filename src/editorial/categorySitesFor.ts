import { hasRole } from '../access/roles'
import { globalRoles, idOf, siteRows, sitesWithRole, type SiteUser } from '../sites/siteRoles'

type Person = (NonNullable<SiteUser> & { id: number | string }) | null | undefined

/**
 * Sites whose categories `actor` may assign to `target` (issue 16): admins any; an editor-in-chief
 * those sites where they are chief and the target works. Province staff (global roles) work on
 * every site, so only a province chief reaches them; nobody but an admin sets their own categories
 * or an admin's. `[]`: the actor may not touch the target's account at all.
 */
export function categorySitesFor(actor: Person, target: Person): 'all' | number[] {
  if (!actor || !target) return []
  if (hasRole(actor, 'admin')) return 'all'
  if (idOf(actor.id) === idOf(target.id) || hasRole(target, 'admin')) return []
  const chiefOf = sitesWithRole(actor, 'editor-in-chief')
  const worksOn = globalRoles(target).length ? 'all' : siteRows(target).map((row) => row.site)
  if (chiefOf === 'all') return worksOn
  if (worksOn === 'all') return []
  return chiefOf.filter((site) => worksOn.includes(site))
}

/** Whether `actor` may assign categories to `target` at all. */
export const mayAssignCategories = (actor: Person, target: Person): boolean => {
  const sites = categorySitesFor(actor, target)
  return sites === 'all' || sites.length > 0
}
