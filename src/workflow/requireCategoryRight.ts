import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { CATEGORY_REFUSAL, outsideCategories } from './categoryRights'

/**
 * Per-category rights on what is written: access rules decide which stored articles a user
 * reaches; they cannot see the category being written (a create, or a move to another
 * category). Server code without a user is not checked.
 */
export const requireCategoryRight: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!req.user || !data) return data
  const target = data.category !== undefined ? data.category : originalDoc?.category
  if (outsideCategories(req.user as never, target ?? null))
    throw new APIError(CATEGORY_REFUSAL, 403, null, true)
  return data
}
