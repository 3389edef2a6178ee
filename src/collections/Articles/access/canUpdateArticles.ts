import type { Access, Where } from 'payload'

import { hasRole } from '../../../access/roles'

/**
 * A reporter edits only their own drafts; an editor any draft or in-review article; the
 * editor-in-chief and admin anything. Returning a query (not just a boolean) makes Payload
 * apply the rule to version restores and bulk edits too.
 */
export const canUpdateArticles: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor-in-chief')) return true
  if (hasRole(req.user, 'editor')) return { workflowState: { in: ['draft', 'in_review'] } } as Where
  if (hasRole(req.user, 'reporter')) {
    return {
      and: [{ createdBy: { equals: req.user!.id } }, { workflowState: { equals: 'draft' } }],
    } as Where
  }
  return false
}
