import type { Access } from 'payload'

import { ROLES, hasRole } from './roles'

/** Anyone signed in with at least one portal role. */
export const isStaff: Access = ({ req }) => hasRole(req.user, ...ROLES)
