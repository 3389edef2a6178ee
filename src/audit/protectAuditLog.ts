import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const NEVER_EDITED = 'Nhật ký kiểm tra không thể sửa hoặc xóa.'

/**
 * Access already refuses every caller; these hold even for server code that overrides access
 * (Local API, bulk edit, version restore). Old entries leave only through the worker's purge,
 * which deletes in SQL (src/audit/purgeAuditLog.ts).
 */
export const refuseAuditUpdate: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation !== 'create') throw new APIError(NEVER_EDITED, 403, undefined, true)
  return data
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(NEVER_EDITED, 403, undefined, true)
}
