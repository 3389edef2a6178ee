import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { requireRoleOnSite } from '../sites/requireRoleOnSite'
import { roleAnywhere, roleOnSite } from '../sites/siteAccess'
import { normalizeText } from '../hooks/normalizeText'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../site/revalidateHooks'

/** Banners ("Banner 30-4"): shown only between their dates, in the header or the sidebar. */
export const Banners: CollectionConfig<'banners'> = {
  slug: 'banners',
  labels: { singular: { vi: 'Banner', en: 'Banner' }, plural: { vi: 'Banner', en: 'Banners' } },
  access: {
    read: anyone,
    create: roleAnywhere('admin', 'editor-in-chief'),
    update: roleOnSite('admin', 'editor-in-chief'),
    delete: roleOnSite('admin', 'editor-in-chief'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'placement', 'activeFrom', 'activeTo', 'site'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  defaultSort: 'order',
  hooks: {
    beforeValidate: [
      requireRoleOnSite(['admin', 'editor-in-chief'], 'quản lý banner'),
      normalizeText,
    ],
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tên banner (mô tả ảnh)', en: 'Title (alt text)' },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      label: { vi: 'Ảnh', en: 'Image' },
    },
    {
      name: 'link',
      type: 'text',
      label: { vi: 'Liên kết', en: 'Link' },
      admin: { placeholder: 'https://… hoặc /chuyen-muc/…' },
    },
    {
      name: 'placement',
      type: 'select',
      required: true,
      defaultValue: 'sidebar',
      label: { vi: 'Vị trí', en: 'Placement' },
      options: [
        { value: 'header', label: { vi: 'Đầu trang', en: 'Header' } },
        { value: 'sidebar', label: { vi: 'Cột bên', en: 'Sidebar' } },
      ],
    },
    {
      name: 'activeFrom',
      type: 'date',
      label: { vi: 'Hiển thị từ', en: 'Active from' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'activeTo',
      type: 'date',
      label: { vi: 'Hiển thị đến', en: 'Active to' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'order', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự', en: 'Order' } },
  ],
}
