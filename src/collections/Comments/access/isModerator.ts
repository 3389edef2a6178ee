import type { Access, FieldAccess } from 'payload'

import { hasRole } from '../../../access/roles'

/** Moderators and admins: the only ones who see private fields and decide on comments. */
export const isModerator: Access = ({ req }) => hasRole(req.user, 'admin', 'moderator')
export const isModeratorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'moderator')
