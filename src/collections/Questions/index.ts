import type { CollectionConfig } from 'payload'

import { nobody, nobodyField } from '../../access/nobody'
import { citizenFields, PRIVATE_CITIZEN_FIELDS } from '../../comments/citizenFields'
import { scopePrivateQueriesOf } from '../../sites/scopePrivateQueries'
import { guardQuestionStatus } from '../../questions/guardQuestionStatus'
import { queueAnswerEmail } from '../../questions/queueAnswerEmail'
import { QUESTION_STAFF, QUESTION_STATUSES, QUESTION_TOPICS } from '../../questions/topics'
import { revalidateSiteAfterChange } from '../../site/revalidateHooks'
import { keepSiteSelected } from '../../sites/keepSiteSelected'
import { roleOnDocSite, roleOnSite } from '../../sites/siteAccess'
import { bySiteRoles } from '../../sites/siteRoles'
import { postQuestionEndpoint } from './postQuestion'

const staff = roleOnDocSite(...QUESTION_STAFF)
const PRIVATE = [...PRIVATE_CITIZEN_FIELDS, 'assignee', 'answerEmailedAt']

/**
 * Citizens' questions (Hỏi đáp), per site. Citizens ask through POST /api/questions; the site's
 * editorial board and moderators assign and answer; a chief or admin publishes
 * (src/questions/guardQuestionStatus.ts), which mails the answer to an asker who left an email.
 * The public reads published questions only, never the email, address hash or assignee.
 */
export const Questions: CollectionConfig<'questions'> = {
  slug: 'questions',
  labels: {
    singular: { vi: 'Câu hỏi', en: 'Question' },
    plural: { vi: 'Hỏi đáp', en: 'Questions' },
  },
  access: {
    read: ({ req }) =>
      bySiteRoles(req.user, (roles) =>
        roles.some((r) => QUESTION_STAFF.includes(r)) ? true : { status: { equals: 'published' } },
      ),
    create: nobody,
    update: roleOnSite(...QUESTION_STAFF),
    delete: roleOnSite('admin'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'authorName', 'topic', 'assignee', 'status', 'createdAt', 'site'],
    group: { vi: 'Bạn đọc', en: 'Readers' },
  },
  defaultSort: '-createdAt',
  endpoints: [postQuestionEndpoint],
  hooks: {
    beforeOperation: [
      scopePrivateQueriesOf<'questions'>(PRIVATE, QUESTION_STAFF),
      keepSiteSelected,
    ],
    beforeChange: [guardQuestionStatus],
    afterChange: [queueAnswerEmail, revalidateSiteAfterChange],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { vi: 'Tiêu đề', en: 'Title' },
      access: { update: nobodyField },
    },
    ...citizenFields(staff, 'Nội dung câu hỏi'),
    {
      name: 'topic',
      type: 'select',
      options: QUESTION_TOPICS,
      index: true,
      label: { vi: 'Chủ đề', en: 'Topic' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người được giao trả lời', en: 'Assignee' },
      access: { read: staff },
      admin: { position: 'sidebar' },
    },
    { name: 'answer', type: 'richText', label: { vi: 'Trả lời', en: 'Answer' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: QUESTION_STATUSES,
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    stamp('answeredAt', 'Ngày trả lời', 'Answered at'),
    stamp('publishedAt', 'Ngày công bố', 'Published at'),
    {
      ...stamp('answerEmailedAt', 'Đã gửi thư trả lời lúc', 'Answer emailed at'),
      access: { read: staff, create: nobodyField, update: nobodyField },
    },
  ],
}

function stamp(name: string, vi: string, en: string) {
  return {
    name,
    type: 'date' as const,
    label: { vi, en },
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar' as const, readOnly: true },
  }
}
