import type { Access } from 'payload'

import { bySiteRoles } from '../../../sites/siteRoles'

/** Admins edit every site; a site's own admin or editor-in-chief edits its name and footer. */
export const canUpdateSite: Access = ({ req }) =>
  bySiteRoles(
    req.user,
    (roles) => roles.includes('admin') || roles.includes('editor-in-chief'),
    'id',
  )
