import type { FieldAccess } from 'payload'

import { mayAssignCategories } from '../editorial/categorySitesFor'
import { hasRoleAnywhere } from '../sites/siteRoles'
import { hasRole } from './roles'

/**
 * `users.categories`: admins, and editors-in-chief on the staff of their sites; never one's own
 * (a chief does not widen their own columns). Without a document (bulk edit form) any chief.
 */
export const assignCategoriesField: FieldAccess = ({ req: { user }, doc }) => {
  if (hasRole(user, 'admin')) return true
  if (!doc) return hasRoleAnywhere(user, 'editor-in-chief')
  return mayAssignCategories(user, doc as never)
}
