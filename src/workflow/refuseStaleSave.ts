import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isRestore } from './draftSave'
import { isWorkflowWrite } from './writeWorkflowState'

export const STALE_SAVE_MESSAGE = 'Bài viết đã được người khác sửa; hãy tải lại.'

/**
 * Optimistic concurrency for API callers: a save that names the `updatedAt` it started from is
 * refused with 409 when the item (its latest version, draft or live) changed since, so two
 * editors never silently overwrite each other. Payload's admin does not send `updatedAt`: there
 * the document lock (the second editor is told who is editing) and the admin's own stale-data
 * warning do this job. A save without `updatedAt` is not checked.
 */
export const refuseStaleSave: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (operation !== 'update' || isWorkflowWrite(context) || isRestore(context)) return data
  if (!data.updatedAt) return data
  const sent = new Date(String(data.updatedAt)).getTime()
  const stored = new Date(String(originalDoc?.updatedAt)).getTime()
  if (Number.isNaN(sent)) throw new APIError('Thời điểm cập nhật không hợp lệ.', 400, null, true)
  if (!Number.isNaN(stored) && sent < stored)
    throw new APIError(STALE_SAVE_MESSAGE, 409, null, true)
  return data
}
