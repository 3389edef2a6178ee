import type { TextField } from 'payload'

/** A unique URL slug, filled from the title by the collection's `uniqueSlug` hook when empty. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
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
