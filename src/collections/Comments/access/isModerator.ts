import type { Access, FieldAccess } from 'payload'

import { roleOnDocSite, roleOnSite } from '../../../sites/siteAccess'

/**
 * Moderators and admins of a comment's site (or of every site): the only ones who see its private
 * fields (email, address hash, flags) and decide on it.
 */
export const isModerator: Access = roleOnSite('admin', 'moderator')
export const isModeratorField: FieldAccess = roleOnDocSite('admin', 'moderator')
