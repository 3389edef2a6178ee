import type { Access } from 'payload'

import { hasRole } from '../../../access/roles'

/**
 * Editors and above read everything; a reporter reads their own articles and published ones;
 * everyone else (moderators, the public) reads only the live, published version.
 */
export const canReadArticles: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor-in-chief', 'editor')) return true
  const published = { _status: { equals: 'published' } }
  if (hasRole(req.user, 'reporter')) {
    return { or: [published, { createdBy: { equals: req.user!.id } }] }
  }
  return published
}
