import { APIError, type CollectionBeforeValidateHook } from 'payload'

import type { Role } from '../access/roles'
import { hasRoleOnSite, idOf } from './siteRoles'

/**
 * Checks the site a document is written to. Access rules decide which existing documents a user
 * may touch; they cannot see the `site` of the data being written (a create, or an update moving
 * a document to another site). A `beforeValidate` hook listed before the multi-tenant plugin's
 * own membership check, so a write to a site where the user holds no such role is a 403 with our
 * message, not the plugin's generic "invalid selection" 400. Server code without a user (seed,
 * jobs) is not checked.
 */
export const requireRoleOnSite =
  (roles: Role[], what: string): CollectionBeforeValidateHook =>
  ({ data, originalDoc, operation, req }) => {
    if (!req.user || !data) return data
    const target = idOf(data.site)
    if (operation === 'update' && target === idOf(originalDoc?.site)) return data
    if (target === null) throw new APIError('Chưa chọn trang đơn vị.', 400, null, true)
    if (!hasRoleOnSite(req.user, target, ...roles))
      throw new APIError(`Bạn không có quyền ${what} trên trang đơn vị này.`, 403, null, true)
    return data
  }
