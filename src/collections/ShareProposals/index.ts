import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { canReadShareProposals } from './access/canReadShareProposals'
import { acceptEndpoint, declineEndpoint } from './endpoints/decide'

// Who decided, when and why mean nothing while a proposal waits (its decision form shows instead).
const decided = (data: { status?: string }) => data?.status !== 'pending'

const statusOptions = [
  { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Pending' } },
  { value: 'accepted', label: { vi: 'Đã nhận', en: 'Accepted' } },
  { value: 'declined', label: { vi: 'Không nhận', en: 'Declined' } },
]

/**
 * A commune's article proposed to a site above ("Tin cơ sở" of the province). Kept apart from the
 * versioned article, so proposing never writes to it. Written only by
 * POST /api/articles/{id}/propose and POST /api/share-proposals/{id}/accept|decline.
 */
export const ShareProposals: CollectionConfig<'share-proposals'> = {
  slug: 'share-proposals',
  labels: {
    singular: { vi: 'Đề xuất đăng tin', en: 'Share proposal' },
    plural: { vi: 'Đề xuất đăng tin', en: 'Share proposals' },
  },
  access: { read: canReadShareProposals, create: nobody, update: nobody, delete: nobody },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['article', 'fromSite', 'toSite', 'status', 'createdAt'],
  },
  defaultSort: '-createdAt',
  endpoints: [acceptEndpoint, declineEndpoint],
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: { vi: 'Tin bài', en: 'Article' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fromSite',
          type: 'relationship',
          relationTo: 'sites',
          required: true,
          index: true,
          label: { vi: 'Từ trang', en: 'From site' },
        },
        {
          name: 'toSite',
          type: 'relationship',
          relationTo: 'sites',
          required: true,
          index: true,
          label: { vi: 'Lên trang', en: 'To site' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      options: statusOptions,
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
    },
    {
      name: 'proposedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người đề xuất', en: 'Proposed by' },
    },
    { name: 'note', type: 'textarea', label: { vi: 'Lời nhắn', en: 'Note' } },
    {
      name: 'decision',
      type: 'ui',
      admin: { components: { Field: '/sites/sharing/admin/DecideProposal#DecideProposal' } },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người duyệt', en: 'Decided by' },
      admin: { condition: decided },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: { vi: 'Thời điểm duyệt', en: 'Decided at' },
      admin: {
        condition: decided,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      },
    },
    {
      name: 'decisionNote',
      type: 'textarea',
      label: { vi: 'Ghi chú khi duyệt', en: 'Decision note' },
      admin: { condition: decided },
    },
  ],
}
