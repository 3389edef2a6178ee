import type { FieldAccess } from 'payload'

import { hasRoleAnywhere } from '../sites/siteRoles'

/** Admins and editors-in-chief (of any site): who sets the categories a person works on. */
export const isAdminOrChiefField: FieldAccess = ({ req }) =>
  hasRoleAnywhere(req.user, 'admin', 'editor-in-chief')
