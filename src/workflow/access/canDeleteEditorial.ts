import type { Access } from 'payload'

import { bySiteRoles } from '../../sites/siteRoles'

export const canDeleteEditorial: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) => roles.includes('admin') || roles.includes('editor-in-chief'))
