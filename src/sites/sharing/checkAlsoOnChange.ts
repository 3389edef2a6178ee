import type { SiteUser } from '../siteRoles'
import { canPublishOn } from './canPublishOn'

export type AlsoOnChange = {
  user: SiteUser
  /** The article's own site. */
  origin: number | null
  before: number[]
  after: number[]
}

export type AlsoOnCheck =
  | { ok: true; added: number[]; removed: number[] }
  | { ok: false; action: 'add' | 'remove'; sites: number[] }

/**
 * The sharing rule, without any transport: adding a site to `alsoOn` needs the right to publish
 * on that site (the province pushes down; a commune's article goes up only when the province's
 * chief accepts it); removing one needs that right on that site (a commune opts out) or on the
 * origin (the owner withdraws it).
 */
export function checkAlsoOnChange({ user, origin, before, after }: AlsoOnChange): AlsoOnCheck {
  const added = after.filter((s) => !before.includes(s))
  const removed = before.filter((s) => !after.includes(s))
  const cannotAdd = added.filter((s) => !canPublishOn(user, s))
  if (cannotAdd.length) return { ok: false, action: 'add', sites: cannotAdd }
  const cannotRemove = canPublishOn(user, origin)
    ? []
    : removed.filter((s) => !canPublishOn(user, s))
  if (cannotRemove.length) return { ok: false, action: 'remove', sites: cannotRemove }
  return { ok: true, added, removed }
}
