import type { Access } from 'payload'

import { WRITER_ROLES, hasRole } from './roles'

/** The editorial board: admin, editor-in-chief, editor, reporter (not moderators). */
export const isWriter: Access = ({ req }) => hasRole(req.user, ...WRITER_ROLES)
