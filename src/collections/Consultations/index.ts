import type { CollectionConfig } from 'payload'

import { nobodyField } from '../../access/nobody'
import { consultationPhase, PHASE_LABELS } from '../../consultations/consultationPhase'
import { keepFeedbackOnDelete } from '../../consultations/keepFeedbackOnDelete'
import { CONSULTATION_KEEPERS, CONSULTATION_PUBLISHERS } from '../../consultations/roles'
import { slugField } from '../../fields/slugField'
import { normalizeText } from '../../hooks/normalizeText'
import { uniqueSlug } from '../../hooks/uniqueSlug'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '../../site/revalidateHooks'
import { requireRoleOnSite } from '../../sites/requireRoleOnSite'
import { roleAnywhere, roleOnDocSite, roleOnSite } from '../../sites/siteAccess'
import { canReadConsultations } from './access/canReadConsultations'
import { exportFeedbackEndpoint } from './endpoints/exportFeedback'
import { postFeedbackEndpoint } from './endpoints/postFeedback'

const publishers = roleOnDocSite(...CONSULTATION_PUBLISHERS)

/**
 * Consultation on a draft (Góp ý dự thảo, Decree 42): per site, the draft (a document, optional),
 * its dates and receiving address. Editors prepare it; a chief or admin ticks `published` to show
 * it. Open or closed follows the dates (`status` is computed on every read), so closing at
 * `closesAt` needs no job. Feedback lives in `consultation-feedback`, never public.
 */
export const Consultations: CollectionConfig<'consultations'> = {
  slug: 'consultations',
  labels: {
    singular: { vi: 'Góp ý dự thảo', en: 'Consultation' },
    plural: { vi: 'Lấy ý kiến dự thảo', en: 'Consultations' },
  },
  access: {
    read: canReadConsultations,
    create: roleAnywhere(...CONSULTATION_KEEPERS),
    update: roleOnSite(...CONSULTATION_KEEPERS),
    delete: roleOnSite(...CONSULTATION_KEEPERS),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'status', 'published', 'site'],
    group: { vi: 'Nội dung', en: 'Content' },
  },
  defaultSort: '-opensAt',
  endpoints: [postFeedbackEndpoint, exportFeedbackEndpoint],
  hooks: {
    beforeValidate: [
      requireRoleOnSite(CONSULTATION_KEEPERS, 'mở lấy ý kiến dự thảo'),
      normalizeText,
      uniqueSlug('consultations'),
    ],
    afterChange: [revalidateSiteAfterChange],
    beforeDelete: [keepFeedbackOnDelete],
    afterDelete: [revalidateSiteAfterDelete],
  },
  indexes: [{ fields: ['site', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên dự thảo', en: 'Title' } },
    slugField(),
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      label: { vi: 'Văn bản dự thảo', en: 'Draft document' },
      admin: { description: { vi: 'Tệp PDF của văn bản được hiển thị để xem trước' } },
    },
    { name: 'summary', type: 'richText', label: { vi: 'Nội dung, hướng dẫn góp ý' } },
    {
      type: 'row',
      fields: [
        dateField('opensAt', 'Bắt đầu nhận góp ý', 'Opens at'),
        {
          ...dateField('closesAt', 'Hết hạn góp ý', 'Closes at'),
          validate: (value: unknown, { siblingData }: { siblingData: { opensAt?: unknown } }) =>
            value &&
            siblingData.opensAt &&
            new Date(value as string) <= new Date(siblingData.opensAt as string)
              ? 'Thời hạn kết thúc phải sau thời điểm bắt đầu.'
              : true,
        },
      ],
    },
    {
      name: 'receivingEmail',
      type: 'email',
      required: true,
      label: { vi: 'Thư điện tử nhận góp ý', en: 'Receiving email' },
    },
    {
      name: 'feedbackSummary',
      type: 'richText',
      label: { vi: 'Tổng hợp, tiếp thu ý kiến (công khai)', en: 'Feedback summary (public)' },
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Công bố trên cổng', en: 'Published' },
      access: { create: publishers, update: publishers },
      admin: {
        position: 'sidebar',
        description: { vi: 'Tổng biên tập hoặc quản trị viên của trang đánh dấu để công bố' },
      },
    },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      options: Object.entries(PHASE_LABELS).map(([value, label]) => ({ value, label })),
      label: { vi: 'Tình trạng', en: 'Status' },
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [({ siblingData }) => consultationPhase(siblingData)] },
    },
    {
      name: 'feedbackPanel',
      type: 'ui',
      admin: { components: { Field: '/consultations/admin/FeedbackPanel#FeedbackPanel' } },
    },
  ],
}

function dateField(name: string, vi: string, en: string) {
  return {
    name,
    type: 'date' as const,
    required: true,
    label: { vi, en },
    admin: { date: { pickerAppearance: 'dayAndTime' as const }, width: '50%' },
  }
}
