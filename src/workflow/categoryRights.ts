import { idOf } from '../sites/siteRoles'

type Scoped = { categories?: unknown } | null | undefined

/**
 * Per-category rights (DESIGN): a user whose `categories` is set acts only on items of those
 * categories. Empty means every category (admins and global roles stay unaffected unless set).
 */
export function userCategories(user: Scoped): number[] {
  const list = Array.isArray(user?.categories) ? user.categories : []
  return list.map((c) => idOf(c as never)).filter((id): id is number => id !== null)
}

/** True when the user is limited to categories and `category` is not one of them. */
export function outsideCategories(user: Scoped, category: unknown): boolean {
  const mine = userCategories(user)
  if (!mine.length || category === undefined) return false
  const id = idOf(category as never)
  return id === null || !mine.includes(id)
}

export const CATEGORY_REFUSAL = 'Bạn chỉ được thao tác với tin bài thuộc chuyên mục được giao.'
