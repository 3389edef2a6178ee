import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { lexicalToPlainText } from '../lib/lexical'
import { hasRoleOnSite } from '../sites/siteRoles'
import { QUESTION_PUBLISHERS } from './topics'

/**
 * The rules of a question's status, on every path that writes one (REST, GraphQL, Local API with
 * a user, bulk edit): "answered" and "published" need an answer; only a chief or admin of the
 * site publishes. Stamps when it was answered and published.
 */
export const guardQuestionStatus: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status
  const answer = data.answer !== undefined ? data.answer : originalDoc?.answer
  const hasAnswer = lexicalToPlainText(answer).trim().length > 0
  if ((status === 'answered' || status === 'published') && !hasAnswer)
    throw new APIError('Câu hỏi chưa có nội dung trả lời.', 400, undefined, true)
  const now = new Date().toISOString()
  if (status === 'published' && originalDoc?.status !== 'published') {
    const site = data.site ?? originalDoc?.site
    if (req.user && !hasRoleOnSite(req.user, site, ...QUESTION_PUBLISHERS))
      throw new APIError(
        'Chỉ Tổng biên tập hoặc quản trị viên được công bố câu trả lời.',
        403,
        undefined,
        true,
      )
    data.publishedAt = now
  }
  if (hasAnswer && !originalDoc?.answeredAt && !data.answeredAt) data.answeredAt = now
  return data
}
