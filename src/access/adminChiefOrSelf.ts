import type { Access } from 'payload'

import { sitesWithRole } from '../sites/siteRoles'
import { hasRole } from './roles'

/**
 * Who may update an account: admins any, everyone their own, and an editor-in-chief the staff of
 * the sites they lead (to assign categories only: src/editorial/limitChiefToCategories.ts refuses
 * anything else, and province staff or admins, per account).
 */
export const adminChiefOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!user) return false
  const self = { id: { equals: user.id } }
  const sites = sitesWithRole(user, 'editor-in-chief')
  if (sites === 'all') return true
  if (!sites.length) return self
  return { or: [self, { 'sites.site': { in: sites } }] }
}
