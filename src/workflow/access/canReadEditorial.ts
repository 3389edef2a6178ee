import type { Access, Where } from 'payload'

import { bySiteRoles } from '../../sites/siteRoles'

/**
 * On a site where they hold the role, editors and above read everything and a reporter reads
 * their own items and public ones; everyone else (moderators, other sites' staff, the public)
 * reads only what `publicWhere` lets out: the live, published version (and for documents only
 * the ordinary, public ones).
 */
export const canReadEditorial =
  (publicWhere: Where): Access =>
  ({ req }) =>
    bySiteRoles(req.user, (roles) => {
      if (roles.some((r) => r === 'admin' || r === 'editor-in-chief' || r === 'editor')) return true
      if (roles.includes('reporter'))
        return { or: [publicWhere, { createdBy: { equals: req.user!.id } }] }
      return publicWhere
    })

/** Articles and pages: the live, published version. */
export const canReadLiveItems = canReadEditorial({ _status: { equals: 'published' } })

/** Versions (drafts, history, restore) of the sites where the user writes. */
export const canReadEditorialVersions: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) => roles.some((r) => r !== 'moderator'), 'version.site')
