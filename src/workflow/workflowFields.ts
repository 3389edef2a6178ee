import type { CollectionSlug, Field } from 'payload'

import { nobodyField } from '../access/nobody'
import { STATES, stateLabels } from './states'

/**
 * The sidebar fields every workflow collection carries: the panel with the transitions, the state
 * (written only by the workflow), the publication time, who created it (a reporter edits only
 * their own) and the history join, in this order (articles place them among their own fields).
 */
export const workflowFields = (args: {
  transitions: CollectionSlug
  on: string
  historyLabel: { vi: string; en: string }
}): Field[] => [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/workflow/admin/WorkflowPanel#WorkflowPanel' },
    },
  },
  {
    name: 'workflowState',
    type: 'select',
    options: STATES.map((value) => ({ value, label: stateLabels[value] })),
    defaultValue: 'draft',
    required: true,
    index: true,
    label: { vi: 'Trạng thái', en: 'State' },
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    label: { vi: 'Thời điểm xuất bản', en: 'Published at' },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      description: {
        vi: 'Để thời điểm trong tương lai để hẹn giờ xuất bản',
        en: 'A future time schedules publication',
      },
    },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    label: { vi: 'Người tạo', en: 'Created by' },
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'history',
    type: 'join',
    collection: args.transitions,
    on: args.on,
    label: args.historyLabel,
    defaultSort: '-at',
    admin: { defaultColumns: ['from', 'to', 'byName', 'at', 'note'], allowCreate: false },
  },
]
