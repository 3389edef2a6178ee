import type { CollectionConfig } from 'payload'

import { WRITER_ROLES } from '../access/roles'
import { nobody } from '../access/nobody'
import { bySiteRoles } from '../sites/siteRoles'
import { STATES, stateLabels } from '../workflow/states'

const stateOptions = STATES.map((value) => ({ value, label: stateLabels[value] }))

/** The workflow's audit trail: one row per transition, never edited. */
export const ArticleTransitions: CollectionConfig<'article-transitions'> = {
  slug: 'article-transitions',
  labels: {
    singular: { vi: 'Lịch sử duyệt bài', en: 'Workflow history' },
    plural: { vi: 'Lịch sử duyệt bài', en: 'Workflow history' },
  },
  access: {
    // The editorial board of the article's site (or of every site).
    read: ({ req }) =>
      bySiteRoles(req.user, (roles) => roles.some((r) => WRITER_ROLES.includes(r)), 'article.site'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['article', 'from', 'to', 'byName', 'at', 'note'],
    hidden: true,
  },
  defaultSort: '-at',
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      index: true,
      label: { vi: 'Tin bài', en: 'Article' },
    },
    { name: 'from', type: 'select', options: stateOptions, label: { vi: 'Từ', en: 'From' } },
    {
      name: 'to',
      type: 'select',
      options: stateOptions,
      required: true,
      label: { vi: 'Sang', en: 'To' },
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Tài khoản', en: 'Account' },
    },
    // The name at the time of the decision: the record stays readable if the account changes.
    { name: 'byName', type: 'text', label: { vi: 'Người thực hiện', en: 'By' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: { vi: 'Thời điểm', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
  ],
}
