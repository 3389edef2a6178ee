import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import type { Role } from '../access/roles'
import { normalizeText } from '../hooks/normalizeText'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../site/revalidateHooks'
import { requireRoleOnSite } from '../sites/requireRoleOnSite'
import { roleAnywhere, roleOnSite } from '../sites/siteAccess'

const KEEPERS: Role[] = ['admin', 'editor-in-chief', 'editor']

/**
 * Leaders and named contact officials (Decree 42: name, position, phone, email), per site, shown
 * on the `lanh-dao` and `lien-he` pages. Public by law, so anyone reads them; the editorial board
 * of the site keeps them. Position and unit have an English version for the English pages.
 */
export const Leaders: CollectionConfig<'leaders'> = {
  slug: 'leaders',
  labels: {
    singular: { vi: 'Lãnh đạo, đầu mối liên hệ', en: 'Leader or contact' },
    plural: { vi: 'Lãnh đạo, đầu mối liên hệ', en: 'Leaders and contacts' },
  },
  access: {
    read: anyone,
    create: roleAnywhere(...KEEPERS),
    update: roleOnSite(...KEEPERS),
    delete: roleOnSite(...KEEPERS),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'position', 'unit', 'phone', 'order', 'site'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  defaultSort: 'order',
  hooks: {
    beforeValidate: [requireRoleOnSite(KEEPERS, 'cập nhật danh sách lãnh đạo'), normalizeText],
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Name' } },
    {
      name: 'position',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Chức vụ', en: 'Position' },
    },
    { name: 'unit', type: 'text', localized: true, label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    {
      name: 'email',
      type: 'email',
      label: { vi: 'Thư điện tử công khai', en: 'Public email' },
      admin: {
        description: {
          vi: 'Hiển thị trên trang Liên hệ, dưới dạng khó thu thập tự động',
          en: 'Shown on the contact page in a form that resists harvesting',
        },
      },
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Thứ tự', en: 'Order' },
      admin: { position: 'sidebar' },
    },
  ],
}
