import type { Access } from 'payload'

import { hasRoleAnywhere } from '../sites/siteRoles'
import { ROLES } from './roles'

/** Anyone signed in with at least one portal role, on every site or on one. */
export const isStaff: Access = ({ req }) => hasRoleAnywhere(req.user, ...ROLES)
