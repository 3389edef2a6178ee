import type { CollectionSlug, Field } from 'payload'

import { nobodyField } from '../access/nobody'
import { CORRECTION_STATES, STATES, correctionLabels, stateLabels } from './states'

/** A user recorded by the server (the workflow or a hook), shown read-only in the sidebar. */
const recordedUser = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label,
  access: { create: nobodyField, update: nobodyField },
  admin: { position: 'sidebar', readOnly: true },
})

/**
 * The sidebar fields every workflow collection carries: the panel with the transitions, the state
 * (written only by the workflow), the publication time, who created it (a reporter edits only
 * their own), who submitted it and who last changed its content (four-eyes), the state of a
 * correction pending on a live item (kept on its draft version) and the history join, in this
 * order (articles place them among their own fields).
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
  recordedUser('submittedBy', { vi: 'Người gửi duyệt', en: 'Submitted by' }),
  recordedUser('lastContentEditor', { vi: 'Người sửa nội dung cuối', en: 'Last content editor' }),
  {
    name: 'correction',
    type: 'select',
    options: CORRECTION_STATES.map((value) => ({ value, label: correctionLabels[value] })),
    label: { vi: 'Bản đính chính', en: 'Correction' },
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.correction) },
  },
  {
    name: 'history',
    type: 'join',
    collection: args.transitions,
    on: args.on,
    label: args.historyLabel,
    defaultSort: '-at',
    admin: {
      defaultColumns: ['from', 'to', 'correction', 'byName', 'at', 'note'],
      allowCreate: false,
    },
  },
]
