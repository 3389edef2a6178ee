import type { Role } from '../access/roles'
import { hasRoleAnywhere, type SiteUser } from '../sites/siteRoles'

/** TWO_FACTOR_REQUIRED_ROLES, e.g. `admin,editor-in-chief`: these roles (on any site) must use it. */
export const twoFactorRequiredRoles = (): Role[] =>
  (process.env.TWO_FACTOR_REQUIRED_ROLES ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean) as Role[]

export function isTwoFactorRequired(user: SiteUser): boolean {
  const roles = twoFactorRequiredRoles()
  return roles.length > 0 && hasRoleAnywhere(user, ...roles)
}
