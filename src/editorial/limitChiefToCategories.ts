import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { hasRole } from '../access/roles'
import { categoriesOutside } from './categoriesOutside'
import { categorySitesFor } from './categorySitesFor'
import { changedAccountFields, fieldNames } from './changedAccountFields'
import { rawPatch } from './keepRawPatch'

const refuse = (message: string) => new APIError(message, 403, null, true)

/**
 * An editor-in-chief changing a staff member's account (issue 16) assigns categories of the sites
 * they lead, nothing else: a password or email set by another person would take the account over.
 * Checked per account on every path with access enforced (REST, GraphQL, Local API, bulk edit);
 * admins and one's own account follow the field rules as before.
 */
export const limitChiefToCategories: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const patch = rawPatch(req)
  const { user } = req
  if (operation !== 'update' || !patch || !user || !originalDoc) return data
  if (hasRole(user, 'admin') || String(originalDoc.id) === String(user.id)) return data
  const sites = categorySitesFor(user, originalDoc)
  if (sites !== 'all' && !sites.length)
    throw refuse(
      'Bạn không được sửa tài khoản này: chỉ Tổng biên tập của trang đơn vị nơi người này làm việc được giao chuyên mục.',
    )
  const changed = changedAccountFields(patch, originalDoc)
  if (changed.length)
    throw refuse(
      `Tổng biên tập chỉ được giao chuyên mục cho cán bộ, không được đổi ${fieldNames(changed)} của người khác.`,
    )
  if (!('categories' in patch)) return data
  const outside = await categoriesOutside(req, originalDoc.categories, patch.categories, sites)
  if (outside.length)
    throw refuse('Chỉ được giao chuyên mục của trang đơn vị mà bạn là Tổng biên tập.')
  return data
}
