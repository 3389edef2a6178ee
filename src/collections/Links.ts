import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { normalizeText } from '../hooks/normalizeText'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../site/revalidateHooks'
import { requireRoleOnSite } from '../sites/requireRoleOnSite'
import { roleAnywhere, roleOnSite } from '../sites/siteAccess'

/** Only web addresses: a link is never `javascript:` or another scheme. */
const validateUrl = (value: unknown) => {
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Địa chỉ phải bắt đầu bằng https:// hoặc http://'
  } catch {
    return 'Địa chỉ trang web không hợp lệ (ví dụ: https://dangcongsan.vn)'
  }
}

/** "Liên kết website": related agencies in the footer of a site, kept by its admins. */
export const Links: CollectionConfig<'links'> = {
  slug: 'links',
  labels: {
    singular: { vi: 'Liên kết website', en: 'Link' },
    plural: { vi: 'Liên kết website', en: 'Links' },
  },
  access: {
    read: anyone,
    create: roleAnywhere('admin'),
    update: roleOnSite('admin'),
    delete: roleOnSite('admin'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'url', 'order', 'site'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  defaultSort: 'order',
  hooks: {
    beforeValidate: [requireRoleOnSite(['admin'], 'quản lý liên kết website'), normalizeText],
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên cơ quan, trang web', en: 'Title' },
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateUrl,
      label: { vi: 'Địa chỉ', en: 'URL' },
      admin: { placeholder: 'https://…' },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng', en: 'Logo' } },
    { name: 'order', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự', en: 'Order' } },
  ],
}
