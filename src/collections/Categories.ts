import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { requireRoleOnSite } from '../sites/requireRoleOnSite'
import { roleAnywhere, roleOnSite } from '../sites/siteAccess'
import { normalizeText } from '../hooks/normalizeText'
import { uniqueSlug } from '../hooks/uniqueSlug'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../site/revalidateHooks'
import { slugField } from '../fields/slugField'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Category' },
    plural: { vi: 'Chuyên mục', en: 'Categories' },
  },
  access: {
    read: anyone,
    create: roleAnywhere('admin'),
    update: roleOnSite('admin'),
    delete: roleOnSite('admin'),
  },
  // Slugs are unique per site: each site has its own /chuyen-muc/{slug}.
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'parent', 'order', 'site'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  defaultSort: 'order',
  hooks: {
    beforeValidate: [
      requireRoleOnSite(['admin'], 'quản lý chuyên mục'),
      normalizeText,
      uniqueSlug('categories'),
    ],
    afterChange: [revalidateSiteAfterChange],
    afterDelete: [revalidateSiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Title' } },
    slugField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      label: { vi: 'Chuyên mục cha', en: 'Parent' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Thứ tự', en: 'Order' },
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
  ],
}
