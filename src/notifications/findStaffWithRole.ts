import type { PayloadRequest } from 'payload'

import type { Role } from '../access/roles'
import { hasRoleOnSite } from '../sites/siteRoles'

/** The accounts holding one of `roles` on `site`, there or on every site (province staff). */
export async function findStaffWithRole(
  req: PayloadRequest,
  site: number,
  roles: Role[],
): Promise<{ id: number }[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    // A superset (anyone with global roles, or with a row for this site), narrowed by role below.
    where: { or: [{ roles: { in: roles } }, { 'sites.site': { equals: site } }] },
    select: { roles: true, sites: true },
    depth: 0,
    limit: 0,
    overrideAccess: true,
    req,
  })
  return docs.filter((u) => hasRoleOnSite(u, site, ...roles))
}
