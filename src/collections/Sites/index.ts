import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { normalizeText } from '../../hooks/normalizeText'
import { siteSettingsFields } from '../../sites/siteSettingsFields'
import { normalizeSite } from './hooks/normalizeSite'
import { revalidateSiteItself, revalidateSiteItselfAfterDelete } from '../../site/revalidateHooks'
import { canUpdateSite } from './access/canUpdateSite'
import { keepOneMainSite } from './hooks/keepOneMainSite'
import { keepSiteWithContent } from './hooks/keepSiteWithContent'
import { deleteSiteVisits } from '../../stats/deleteSiteVisits'
import { validateDomains } from './fields/validateDomains'

// Where a site answers and where it hangs: the province's admins only (a site's own admin could
// otherwise take another site's domain or slug).
const provinceAdminsWrite = { create: isAdminField, update: isAdminField }

/**
 * One site per Party committee: the province (the main site, the only one without a parent) and
 * each commune, ward or provincial agency. A site serves on its own domains and under
 * /don-vi/{slug} on the main host (src/proxy.ts, src/sites/siteLookup.ts), from the moment it is
 * created.
 */
export const Sites: CollectionConfig<'sites'> = {
  slug: 'sites',
  labels: {
    singular: { vi: 'Trang đơn vị', en: 'Site' },
    plural: { vi: 'Trang đơn vị', en: 'Sites' },
  },
  // Names, domains and footers are public: every page shows them.
  access: { read: anyone, create: isAdmin, update: canUpdateSite, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'domains', 'parent'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  defaultSort: 'name',
  hooks: {
    beforeValidate: [normalizeText, normalizeSite],
    beforeChange: [keepOneMainSite],
    beforeDelete: [keepSiteWithContent, deleteSiteVisits],
    afterChange: [revalidateSiteItself],
    afterDelete: [revalidateSiteItselfAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên đơn vị', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: provinceAdminsWrite,
      label: { vi: 'Đường dẫn', en: 'Slug' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Chữ thường, số và dấu gạch ngang: /don-vi/{đường dẫn}',
          en: '[a-z0-9-]',
        },
      },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
          ? true
          : 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: xa-an-hoa)',
    },
    {
      name: 'domains',
      type: 'text',
      hasMany: true,
      index: true,
      access: provinceAdminsWrite,
      validate: validateDomains,
      label: { vi: 'Tên miền', en: 'Domains' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Tên máy chủ, chữ thường, không có cổng (ví dụ: anhoa.vinhan.dcs.vn)',
          en: 'Host names, lower case, no port',
        },
      },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sites',
      index: true,
      access: provinceAdminsWrite,
      label: { vi: 'Đơn vị cấp trên', en: 'Parent site' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Để trống chỉ với trang chính (Tỉnh ủy); bỏ trống khi tạo mới sẽ lấy trang chính',
          en: 'Empty only for the main site',
        },
      },
    },
    {
      name: 'settings',
      type: 'group',
      label: { vi: 'Cấu hình trang', en: 'Settings' },
      fields: siteSettingsFields,
    },
  ],
}
