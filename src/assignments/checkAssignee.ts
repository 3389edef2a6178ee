import { APIError, type FieldHook } from 'payload'

import { ROLES } from '../access/roles'
import { hasRoleOnSite, idOf } from '../sites/siteRoles'

/**
 * An article is assigned only to someone who holds a role on its site (or on every site). Checked
 * when the assignee changes, on drafts too (Payload skips validation on drafts), and never again
 * afterwards: an assignee who later leaves the site does not block the article's workflow.
 */
export const checkAssignee: FieldHook = async ({
  value,
  previousValue,
  data,
  originalDoc,
  req,
}) => {
  const id = idOf(value)
  if (id === null || id === idOf(previousValue)) return value
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { roles: true, sites: true },
    req,
  })
  if (!user || !hasRoleOnSite(user, (data?.site ?? originalDoc?.site) as never, ...ROLES))
    throw new APIError('Chỉ giao bài cho cán bộ của trang đơn vị này.', 400, undefined, true)
  return value
}
