import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * A moderator's decision: rejecting needs a reason ("khác" needs a note), and every change of
 * status is appended to the comment's log (who, when, what, why).
 */
export const recordDecision: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const log = originalDoc?.moderationLog ?? []
  if (operation !== 'update' || !data.status || data.status === originalDoc?.status) {
    return operation === 'update' ? { ...data, moderationLog: log } : data
  }
  const reason = data.rejectionReason ?? originalDoc?.rejectionReason
  if (data.status === 'rejected') {
    if (!reason) throw new APIError('Vui lòng chọn lý do từ chối bình luận.', 400, undefined, true)
    if (
      reason === 'khac' &&
      !String(data.rejectionNote ?? originalDoc?.rejectionNote ?? '').trim()
    ) {
      throw new APIError('Vui lòng ghi rõ lý do khi chọn "Khác".', 400, undefined, true)
    }
  }
  const entry = {
    by: req.user?.id ?? null,
    byName: (req.user as { name?: string } | null)?.name ?? 'Hệ thống',
    at: new Date().toISOString(),
    from: originalDoc?.status,
    to: data.status,
    reason: data.status === 'rejected' ? reason : null,
  }
  return { ...data, moderationLog: [...log, entry] }
}
