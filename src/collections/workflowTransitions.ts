import type { CollectionAfterChangeHook, CollectionConfig, CollectionSlug } from 'payload'

import { WRITER_ROLES } from '../access/roles'
import { nobody } from '../access/nobody'
import { auditPublications } from '../audit/auditPublications'
import { bySiteRoles } from '../sites/siteRoles'
import { STATES, stateLabels } from '../workflow/states'

const stateOptions = STATES.map((value) => ({ value, label: stateLabels[value] }))

/**
 * The workflow's audit trail of one collection (article-transitions, document-transitions): one
 * row per transition, never edited, read by the editorial board of the item's site.
 */
export function workflowTransitions(args: {
  slug: CollectionSlug
  on: string
  relationTo: CollectionSlug
  label: { vi: string; en: string }
  itemLabel: { vi: string; en: string }
  /** More hooks on each new row, after the audit log's. */
  afterChange?: CollectionAfterChangeHook[]
}): CollectionConfig {
  const { slug, on, relationTo, label, itemLabel, afterChange = [] } = args
  return {
    slug,
    labels: { singular: label, plural: label },
    access: {
      read: ({ req }) =>
        bySiteRoles(req.user, (roles) => roles.some((r) => WRITER_ROLES.includes(r)), `${on}.site`),
      create: nobody,
      update: nobody,
      delete: nobody,
    },
    admin: {
      group: { vi: 'Nội dung', en: 'Content' },
      defaultColumns: [on, 'from', 'to', 'correction', 'byName', 'at', 'note'],
      hidden: true,
    },
    defaultSort: '-at',
    hooks: { afterChange: [auditPublications(on, relationTo), ...afterChange] },
    fields: [
      { name: on, type: 'relationship', relationTo, index: true, label: itemLabel },
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
      // A move of the correction pending on a live item (the item itself stayed published).
      {
        name: 'correction',
        type: 'checkbox',
        defaultValue: false,
        label: { vi: 'Bản đính chính', en: 'Correction' },
      },
    ],
  }
}
