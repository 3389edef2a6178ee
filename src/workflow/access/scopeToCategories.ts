import type { Access, BaseFilter, Where } from 'payload'

import { userCategories } from '../categoryRights'

/**
 * Per-category rights on top of an access rule: a user whose `categories` is set reaches only
 * items of those categories (reads, updates, deletes, version restores, bulk edits alike).
 * `alsoPublic` stays readable to them as to anyone (published articles are public content).
 */
export const scopeToCategories =
  (access: Access, opts: { field?: string; alsoPublic?: Where } = {}): Access =>
  async (args) => {
    const result = await access(args)
    const mine = userCategories(args.req.user as never)
    if (!mine.length || result === false) return result
    const own: Where = { [opts.field ?? 'category']: { in: mine } }
    const limited = result === true ? own : { and: [result as Where, own] }
    return opts.alsoPublic ? { or: [opts.alsoPublic, limited] } : limited
  }

/** The admin's list of articles shows such users only their categories. */
export const ownCategoriesFilter: BaseFilter = ({ req }) => {
  const mine = userCategories(req.user as never)
  return mine.length ? { category: { in: mine } } : null
}
