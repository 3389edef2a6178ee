import type { Access } from 'payload'

import { hasRole } from '../../../access/roles'

/** The public (and the editorial board) sees approved comments only; moderators see all. */
export const canReadComments: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'moderator') ? true : { status: { equals: 'approved' } }
