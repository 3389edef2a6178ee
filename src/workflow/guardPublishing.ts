import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRoleOnSite } from '../sites/siteRoles'
import { isWorkflowWrite } from './writeWorkflowState'

/**
 * Only the workflow (POST /api/{articles|documents}/{id}/transition, scheduled jobs) publishes or
 * changes the workflow state. Access rules alone miss version restores (update access gets no
 * data), so this runs on every create and update, whatever the API. The one direct publish
 * allowed is the editor-in-chief or admin saving changes to one that is already live.
 */
export const guardPublishing: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (isWorkflowWrite(context)) return data
  const next = { ...data }
  // The state moves only through transitions.
  next.workflowState = operation === 'create' ? 'draft' : (originalDoc?.workflowState ?? 'draft')
  if (next._status === 'published') {
    const live = originalDoc?._status === 'published' && originalDoc?.workflowState === 'published'
    if (!(live && hasRoleOnSite(req.user, originalDoc?.site, 'admin', 'editor-in-chief'))) {
      throw new APIError(
        'Không thể xuất bản trực tiếp: bài viết phải được gửi duyệt và Tổng biên tập bấm "Xuất bản".',
        403,
        undefined,
        true,
      )
    }
  }
  return next
}
