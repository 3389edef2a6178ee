import type { Field } from 'payload'

/** The internal notes panel under the article's fields (stored in `article-notes`, not here). */
export const notesField: Field = {
  name: 'internalNotes',
  type: 'ui',
  label: { vi: 'Ghi chú nội bộ', en: 'Internal notes' },
  admin: { components: { Field: '/notes/admin/ArticleNotes#ArticleNotes' } },
}
