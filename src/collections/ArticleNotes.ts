import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff'
import { nobodyField } from '../access/nobody'
import { normalizeText } from '../hooks/normalizeText'
import { canChangeOwnNote, canReadNotes } from '../notes/canReadNotes'
import { placeNote } from '../notes/placeNote'

const fixed = { create: nobodyField, update: nobodyField }

/**
 * Internal notes of the editorial board on an article: outside the versioned article (never in
 * its versions, the public API or search), read and written by staff of its site, each edited or
 * deleted only by its author. Shown in the article's edit view (src/notes/admin/ArticleNotes.tsx).
 */
export const ArticleNotes: CollectionConfig<'article-notes'> = {
  slug: 'article-notes',
  labels: {
    singular: { vi: 'Ghi chú nội bộ', en: 'Internal note' },
    plural: { vi: 'Ghi chú nội bộ', en: 'Internal notes' },
  },
  access: {
    read: canReadNotes,
    create: isStaff,
    update: canChangeOwnNote,
    delete: canChangeOwnNote,
  },
  admin: { hidden: true, useAsTitle: 'body', defaultColumns: ['body', 'author', 'createdAt'] },
  defaultSort: '-createdAt',
  hooks: { beforeValidate: [normalizeText], beforeChange: [placeNote] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      access: { update: nobodyField },
      label: { vi: 'Tin bài', en: 'Article' },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: { vi: 'Ghi chú', en: 'Note' },
    },
    { name: 'author', type: 'relationship', relationTo: 'users', index: true, access: fixed },
    // The article's site, copied on create: what the access rules filter on.
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, access: fixed },
  ],
}
