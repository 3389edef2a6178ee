import type { Access } from 'payload'

import { bySiteRoles } from '../sites/siteRoles'

/** Staff of the article's site (any role there, or on every site); the public and others nothing. */
export const canReadNotes: Access = ({ req }) => bySiteRoles(req.user, (roles) => roles.length > 0)

/** A note is edited or deleted by its author only, and only while they are staff of its site. */
export const canChangeOwnNote: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) => (roles.length ? { author: { equals: req.user!.id } } : false))
