import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../siteRoles'
import { alsoOnError } from './alsoOnError'
import { alsoOnIds } from './alsoOnIds'
import { checkAlsoOnChange } from './checkAlsoOnChange'

/**
 * Enforces the sharing rule (checkAlsoOnChange) on every write of an article: REST and GraphQL
 * creates and updates, bulk edits, the Local API with a user, and version restores (which pass
 * the whole old version as `data`, so an old `alsoOn` coming back is checked like a new one).
 * `originalDoc` is the latest version (a pending draft if there is one), the same row a restore or
 * a save compares with. The origin is never in its own `alsoOn`. Server code without a user
 * (seed, jobs, the share and proposal functions, which check the rule themselves) is not checked.
 */
export const guardAlsoOn: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const origin = idOf(data.site ?? originalDoc?.site)
  const before = operation === 'create' ? [] : alsoOnIds(originalDoc?.alsoOn)
  const moved = origin !== null && before.includes(origin)
  if (data.alsoOn === undefined && !moved) return data
  const after = alsoOnIds(data.alsoOn === undefined ? before : data.alsoOn).filter(
    (s) => s !== origin,
  )
  data.alsoOn = after
  if (!req.user) return data
  const check = checkAlsoOnChange({ user: req.user, origin, before, after })
  if (!check.ok) throw await alsoOnError(req, check)
  return data
}
