import type { Access, Where } from 'payload'

import { bySiteRoles } from '../../sites/siteRoles'

/**
 * On a site where they hold the role: a reporter edits only their own drafts (articles and
 * documents alike); an editor any draft or in-review article; the editor-in-chief and admin
 * anything. Editors, and reporters on their own items, also reach published ones, where
 * guardPublishing lets them save only a draft version (a correction for review). Returning a query
 * (not just a boolean) makes Payload apply the rule to version restores and bulk edits too.
 */
export const canUpdateEditorial: Access = ({ req }) =>
  bySiteRoles(req.user, (roles): Where | boolean => {
    if (roles.includes('admin') || roles.includes('editor-in-chief')) return true
    if (roles.includes('editor'))
      return { workflowState: { in: ['draft', 'in_review', 'published'] } }
    if (roles.includes('reporter'))
      return {
        and: [
          { createdBy: { equals: req.user!.id } },
          { workflowState: { in: ['draft', 'published'] } },
        ],
      }
    return false
  })
