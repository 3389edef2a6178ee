import type { Access } from 'payload'

import { hasRole } from '../../../access/roles'

export const canDeleteArticles: Access = ({ req }) => hasRole(req.user, 'admin', 'editor-in-chief')
