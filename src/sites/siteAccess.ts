import type { Access, FieldAccess } from 'payload'

import type { Role } from '../access/roles'
import { bySiteRoles, globalRoles, hasRoleAnywhere, hasRoleOnSite } from './siteRoles'

/** Read, update, delete: documents of the sites where the user holds one of `roles`. */
export const roleOnSite =
  (...roles: Role[]): Access =>
  ({ req }) =>
    bySiteRoles(req.user, (held) => held.some((r) => roles.includes(r)))

/**
 * Create: the user holds one of `roles` on some site (Payload gives create no document to scope
 * by); the site written to is checked by requireRoleOnSite.
 */
export const roleAnywhere =
  (...roles: Role[]): Access =>
  ({ req }) =>
    hasRoleAnywhere(req.user, ...roles)

/**
 * A field visible or writable only with one of `roles` on the document's own site. Without a
 * document (a query being checked, a create) it takes a role held anywhere: queries are then scoped
 * by the collection (e.g. Comments' scopePrivateQueries). A document read without its `site`
 * (`select`) shows the field only to those who hold the role on every site.
 */
export const roleOnDocSite =
  (...roles: Role[]): FieldAccess =>
  ({ req, doc, siblingData }) => {
    const site = (doc as { site?: unknown } | undefined)?.site ?? siblingData?.site
    if (site !== undefined && site !== null) return hasRoleOnSite(req.user, site as never, ...roles)
    if (doc) return globalRoles(req.user).some((r) => roles.includes(r))
    return hasRoleAnywhere(req.user, ...roles)
  }
