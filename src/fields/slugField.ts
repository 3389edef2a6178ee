import type { TextField } from 'payload'

/**
 * A URL slug, unique within its site (the collection's compound `site` + `slug` index), filled
 * from the title by the collection's `uniqueSlug` hook when empty.
 */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  label: { vi: 'Đường dẫn', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Tự tạo từ tiêu đề nếu để trống',
      en: 'Generated from the title when empty',
    },
  },
})
