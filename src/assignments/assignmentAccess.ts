import type { FieldAccess } from 'payload'

import { ROLES } from '../access/roles'
import { hasRoleOnSite } from '../sites/siteRoles'

type WithSite = { site?: unknown } | undefined

const siteOf = (doc: WithSite, data: WithSite) => (doc?.site ?? data?.site) as never

/** Staff of the article's site read who it is assigned to and when it is due; nobody else. */
export const canReadAssignment: FieldAccess = ({ req, doc, data }) =>
  hasRoleOnSite(req.user, siteOf(doc, data), ...ROLES)

/** The chief, an editor (or an admin) of the article's site assigns it; reporters only read. */
export const canAssign: FieldAccess = ({ req, doc, data }) =>
  hasRoleOnSite(req.user, siteOf(doc, data), 'admin', 'editor-in-chief', 'editor')
