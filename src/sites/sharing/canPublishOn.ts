import type { Role } from '../../access/roles'
import { hasRoleOnSite, type SiteUser } from '../siteRoles'

/** Who publishes on a site: its admin or editor-in-chief (or province staff holding those roles). */
export const PUBLISH_ROLES: Role[] = ['admin', 'editor-in-chief']

export const canPublishOn = (user: SiteUser, site: number | null): boolean =>
  site !== null && hasRoleOnSite(user, site, ...PUBLISH_ROLES)
