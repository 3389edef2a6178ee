import type { Access } from 'payload'

import { bySiteRoles } from '../../../sites/siteRoles'

/**
 * The public (and the editorial board) sees approved comments only; moderators see all comments
 * of the sites they moderate.
 */
export const canReadComments: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) =>
    roles.includes('admin') || roles.includes('moderator')
      ? true
      : { status: { equals: 'approved' } },
  )
