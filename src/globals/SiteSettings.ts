import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { normalizeGlobalText } from '../hooks/normalizeText'
import { revalidateSiteAfterGlobalChange } from '../site/revalidateHooks'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Cấu hình cổng', en: 'Site settings' },
  access: { read: anyone, update: isAdmin },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  hooks: { beforeValidate: [normalizeGlobalText], afterChange: [revalidateSiteAfterGlobalChange] },
  fields: [
    {
      name: 'portalName',
      type: 'text',
      required: true,
      defaultValue: 'Cổng thông tin điện tử',
      label: { vi: 'Tên cổng', en: 'Portal name' },
    },
    {
      name: 'partyCommittee',
      type: 'text',
      label: { vi: 'Cấp ủy chủ quản', en: 'Party committee' },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Logo', en: 'Logo' } },
    { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
    {
      name: 'responsiblePerson',
      type: 'text',
      label: { vi: 'Chịu trách nhiệm chính', en: 'Responsible person' },
    },
    { name: 'licence', type: 'text', label: { vi: 'Giấy phép', en: 'Licence' } },
    { name: 'footerText', type: 'textarea', label: { vi: 'Chân trang', en: 'Footer text' } },
  ],
}
