import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Plugin } from 'payload'

import { isAdminField } from '../access/isAdmin'
import { ROLES, roleLabels } from '../access/roles'
import type { Config } from '../payload-types'
import { requestSiteId } from './requestSite'
import { globalRoles } from './siteRoles'

import { SITE_COLLECTIONS } from './siteCollections'

/**
 * Payload's multi-tenant plugin gives each site-owned collection its required `site` field, the
 * users' `sites: [{ site, roles }]` rows, the admin's site switcher and the admin's list filter.
 * Its access wrapper only checks that a user belongs to a site; ours must also check the role held
 * there (a commune's reporter is not its editor), so every collection keeps its own access
 * (src/sites/siteRoles.ts) and the wrapper is off. Deleting a site does not cascade: a commune's
 * articles are records of the Party committee and must be moved or archived by a person.
 */
export const sitesPlugin = (): Plugin =>
  multiTenantPlugin<Config>({
    tenantsSlug: 'sites',
    tenantField: {
      name: 'site',
      label: { vi: 'Trang đơn vị', en: 'Site' },
      // A create that names no site gets the request's (host, /don-vi/ prefix, else the main site).
      defaultValue: ({ req }) => requestSiteId(req),
      // The plugin hides the field from list columns and filters; province staff, who see every
      // site's content, need both (staff of one site see the same column with one value).
      admin: { disableListColumn: false, disableListFilter: false },
    },
    tenantsArrayField: {
      arrayFieldName: 'sites',
      arrayTenantFieldName: 'site',
      arrayFieldAccess: { create: isAdminField, update: isAdminField },
      rowFields: [
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          required: true,
          label: { vi: 'Vai trò trên trang này', en: 'Roles on this site' },
          // 'admin' of one site manages that site's categories, banners, name and footer; only
          // admins of every site (global role) manage accounts, slugs, domains and other sites.
          admin: {
            description: {
              vi: 'Quản trị viên của một trang: quản lý chuyên mục, banner, tên và chân trang của trang đó; không quản lý tài khoản.',
              en: "A site's admin manages its categories, banners, name and footer, not accounts.",
            },
          },
          options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
        },
      ],
    },
    // Province staff (roles that apply everywhere) switch between all sites.
    userHasAccessToAllTenants: (user) => globalRoles(user).length > 0,
    cleanupAfterTenantDelete: false,
    useTenantsCollectionAccess: false,
    useTenantsListFilter: false,
    // On users the wrapper stays: staff of a commune see themselves and that commune's staff
    // (on top of src/collections/Users.ts's own rules).
    collections: Object.fromEntries(
      SITE_COLLECTIONS.map((slug) => [slug, { useTenantAccess: false }]),
    ),
    i18n: {
      translations: {
        vi: {
          'nav-tenantSelector-label': 'Trang đơn vị',
          'assign-tenant-button-label': 'Chuyển sang trang đơn vị khác',
          'assign-tenant-modal-title': 'Chuyển "{{title}}"',
          'field-assignedTenant-label': 'Trang đơn vị',
        },
      },
    },
  })
