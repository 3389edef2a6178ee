import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { citizenFields } from '../../comments/citizenFields'
import { COMMENT_STATUSES } from '../../comments/rejectionReasons'
import { FEEDBACK_READERS } from '../../consultations/roles'
import { roleOnDocSite, roleOnSite } from '../../sites/siteAccess'

const staff = roleOnDocSite(...FEEDBACK_READERS)

/**
 * Citizens' feedback on a draft (Góp ý dự thảo). Never public: only the editorial board and the
 * moderators of its site read it (REST, GraphQL, the admin, the XLSX export); citizens write it
 * only through POST /api/consultations/{id}/feedback. Moderators mark it received or spam.
 */
export const ConsultationFeedback: CollectionConfig<'consultation-feedback'> = {
  slug: 'consultation-feedback',
  labels: {
    singular: { vi: 'Góp ý dự thảo', en: 'Feedback on a draft' },
    plural: { vi: 'Góp ý dự thảo', en: 'Feedback on drafts' },
  },
  access: {
    read: roleOnSite(...FEEDBACK_READERS),
    create: nobody,
    update: roleOnSite(...FEEDBACK_READERS),
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'authorName',
    defaultColumns: ['content', 'authorName', 'consultation', 'status', 'createdAt', 'site'],
    group: { vi: 'Bạn đọc', en: 'Readers' },
  },
  defaultSort: 'createdAt',
  fields: [
    {
      name: 'consultation',
      type: 'relationship',
      relationTo: 'consultations',
      required: true,
      index: true,
      label: { vi: 'Dự thảo', en: 'Consultation' },
      access: { update: nobodyField },
    },
    ...citizenFields(staff, 'Nội dung góp ý'),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((s) => ({ ...s })),
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { position: 'sidebar' },
    },
  ],
}
