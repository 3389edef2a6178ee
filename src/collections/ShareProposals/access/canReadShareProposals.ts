import type { Access, Where } from 'payload'

import { WRITER_ROLES } from '../../../access/roles'
import { PUBLISH_ROLES } from '../../../sites/sharing/canPublishOn'
import { bySiteRoles } from '../../../sites/siteRoles'

/**
 * The chiefs of the site proposed to see the proposals they must decide; the editorial board of
 * the proposing site sees what it proposed and what became of it. Nobody else.
 */
export const canReadShareProposals: Access = ({ req }) => {
  const toMine = bySiteRoles(req.user, (r) => r.some((x) => PUBLISH_ROLES.includes(x)), 'toSite')
  const fromMine = bySiteRoles(req.user, (r) => r.some((x) => WRITER_ROLES.includes(x)), 'fromSite')
  if (toMine === true || fromMine === true) return true
  const clauses = [toMine, fromMine].filter((w): w is Where => w !== false)
  if (!clauses.length) return false
  return clauses.length === 1 ? clauses[0] : { or: clauses }
}
