import type { Access } from 'payload'

import { hasRoleAnywhere } from '../sites/siteRoles'
import { WRITER_ROLES } from './roles'

/**
 * On the editorial board of at least one site: admin, editor-in-chief, editor, reporter (not
 * moderators). Which site a write may go to is checked by src/sites/requireRoleOnSite.ts.
 */
export const isWriter: Access = ({ req }) => hasRoleAnywhere(req.user, ...WRITER_ROLES)
