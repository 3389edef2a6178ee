import type { Payload } from 'payload'

import { ROLES } from '../access/roles'
import { sitesWithRole, type SiteUser } from '../sites/siteRoles'

export type StaffSite = { id: number; name: string; isMain: boolean }

/** The sites a member of staff holds a role on (every site for province staff), main site first. */
export async function staffSites(payload: Payload, user: SiteUser): Promise<StaffSite[]> {
  const ids = sitesWithRole(user, ...ROLES)
  if (ids !== 'all' && !ids.length) return []
  const { docs } = await payload.find({
    collection: 'sites',
    where: ids === 'all' ? {} : { id: { in: ids } },
    sort: 'name',
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { name: true, parent: true },
  })
  const sites = docs.map((s) => ({ id: s.id, name: s.name, isMain: !s.parent }))
  return [...sites.filter((s) => s.isMain), ...sites.filter((s) => !s.isMain)]
}
