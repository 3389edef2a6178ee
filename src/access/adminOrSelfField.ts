import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** A field of an account only its owner and admins change (a chief sees it read-only). */
export const adminOrSelfField: FieldAccess = ({ req: { user }, id, doc }) =>
  hasRole(user, 'admin') || (Boolean(user) && String(id ?? doc?.id) === String(user?.id))
