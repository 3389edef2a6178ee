import type { Access } from 'payload'

import { bySiteRoles } from '../../../sites/siteRoles'

const published = { _status: { equals: 'published' } }

/**
 * On a site where they hold the role, editors and above read everything and a reporter reads
 * their own articles and published ones; everyone else (moderators, other sites' staff, the
 * public) reads only the live, published version.
 */
export const canReadArticles: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) => {
    if (roles.some((r) => r === 'admin' || r === 'editor-in-chief' || r === 'editor')) return true
    if (roles.includes('reporter'))
      return { or: [published, { createdBy: { equals: req.user!.id } }] }
    return published
  })

/** Versions (drafts, history, restore) of the sites where the user writes. */
export const canReadArticleVersions: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) => roles.some((r) => r !== 'moderator'), 'version.site')
