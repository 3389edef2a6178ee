import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody, nobodyField } from '../../access/nobody'
import { matchedWordsField } from '../../comments/citizenFields'
import { COMMENT_STATUSES, REJECTION_REASONS } from '../../comments/rejectionReasons'
import { canReadComments } from './access/canReadComments'
import { isModerator, isModeratorField } from './access/isModerator'
import { createCommentEndpoint } from './endpoints/createComment'
import { readCommentClosingEndpoint, setCommentClosingEndpoint } from './endpoints/commentClosing'
import { eraseCommenterEndpoint } from './endpoints/eraseCommenter'
import { auditCommentDecisions } from '../../audit/auditCommentDecisions'
import { pendingCountEndpoint } from './endpoints/pendingCount'
import { unsubscribeEndpoints } from './endpoints/unsubscribe'
import { queueCommenterEmail } from '../../comments/notify/queueCommenterEmail'
import { recordDecision } from './hooks/recordDecision'
import { refreshArticleAfterDecision } from './hooks/refreshArticleAfterDecision'
import { scopePrivateQueries } from './hooks/scopePrivateQueries'
import { keepSiteSelected } from '../../sites/keepSiteSelected'

const moderatorsOnly = { read: isModeratorField, update: isModeratorField }

/**
 * Public comments, pre-moderated: every new one is `pending` until a moderator approves it.
 * Citizens post through POST /api/comments (endpoints/createComment.ts); email, address hash and
 * moderation fields are visible to moderators and admins only.
 */
export const Comments: CollectionConfig<'comments'> = {
  slug: 'comments',
  labels: {
    singular: { vi: 'Bình luận', en: 'Comment' },
    plural: { vi: 'Bình luận', en: 'Comments' },
  },
  access: { read: canReadComments, create: nobody, update: isModerator, delete: isAdmin },
  admin: {
    useAsTitle: 'content',
    defaultColumns: ['content', 'authorName', 'article', 'site', 'status', 'flags', 'createdAt'],
    group: { vi: 'Bạn đọc', en: 'Readers' },
    listSearchableFields: ['content', 'authorName', 'authorEmail', 'ipHash'],
  },
  defaultSort: 'createdAt',
  endpoints: [
    createCommentEndpoint,
    eraseCommenterEndpoint,
    setCommentClosingEndpoint,
    readCommentClosingEndpoint,
    pendingCountEndpoint,
    unsubscribeEndpoints.get,
    unsubscribeEndpoints.post,
  ],
  hooks: {
    beforeOperation: [scopePrivateQueries, keepSiteSelected],
    beforeChange: [recordDecision],
    afterChange: [refreshArticleAfterDecision, auditCommentDecisions, queueCommenterEmail],
  },
  fields: [
    {
      name: 'content',
      type: 'textarea',
      required: true,
      label: { vi: 'Nội dung', en: 'Content' },
      access: { update: nobodyField },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: { vi: 'Tin bài', en: 'Article' },
      access: { update: nobodyField },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
      index: true,
      label: { vi: 'Trả lời bình luận', en: 'Reply to' },
      access: { update: nobodyField },
    },
    {
      name: 'authorName',
      type: 'text',
      required: true,
      maxLength: 80,
      label: { vi: 'Người gửi', en: 'Name' },
      access: { update: nobodyField },
    },
    {
      name: 'authorEmail',
      type: 'email',
      label: { vi: 'Thư điện tử', en: 'Email' },
      access: { read: isModeratorField, update: nobodyField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: COMMENT_STATUSES.map((s) => ({ ...s })),
      label: { vi: 'Trạng thái', en: 'Status' },
      access: moderatorsOnly,
      admin: { position: 'sidebar' },
    },
    {
      name: 'rejectionReason',
      type: 'select',
      options: REJECTION_REASONS.map((r) => ({ value: r.value, label: r.label })),
      label: { vi: 'Lý do từ chối', en: 'Rejection reason' },
      access: moderatorsOnly,
      admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
    },
    {
      name: 'rejectionNote',
      type: 'text',
      label: { vi: 'Ghi chú lý do', en: 'Reason note' },
      access: moderatorsOnly,
      admin: { position: 'sidebar', condition: (data) => data?.status === 'rejected' },
    },
    {
      name: 'flags',
      type: 'select',
      hasMany: true,
      options: [
        { value: 'tu-nghi-van', label: 'Có từ nghi vấn' },
        { value: 'tu-cam-gan-dung', label: 'Gần giống từ cấm' },
        { value: 'nhieu-lien-ket', label: 'Nhiều liên kết' },
        { value: 'honeypot', label: 'Máy gửi (bẫy)' },
      ],
      label: { vi: 'Cảnh báo', en: 'Flags' },
      access: { read: isModeratorField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    matchedWordsField(isModeratorField),
    {
      name: 'commenterNotifiedAt',
      type: 'date',
      label: { vi: 'Đã báo người gửi lúc', en: 'Commenter told at' },
      access: { read: isModeratorField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'ipHash',
      type: 'text',
      index: true,
      label: { vi: 'Mã địa chỉ mạng', en: 'Address hash' },
      access: { read: isModeratorField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'moderationLog',
      type: 'array',
      label: { vi: 'Nhật ký kiểm duyệt', en: 'Moderation log' },
      access: { read: isModeratorField, update: nobodyField },
      admin: { readOnly: true },
      fields: [
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'byName', type: 'text' },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text' },
        { name: 'reason', type: 'text' },
      ],
    },
  ],
}
