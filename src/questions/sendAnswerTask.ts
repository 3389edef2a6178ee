import type { Payload, TaskConfig } from 'payload'

import { sendEmail } from '../email/sendEmail'
import { lexicalToPlainText } from '../lib/lexical'
import { sqlPool } from '../lib/sqlPool'
import { idOf } from '../sites/siteRoles'
import { canonicalOrigin } from '../site/urls'
import { ANSWER_EMAIL_TASK } from './queueAnswerEmail'

/**
 * Mails the asker the published answer, once. The question is claimed first (`answerEmailedAt`
 * set only if still empty, in one autocommitted statement); a failed send releases the claim and the job retries. So a retry or
 * a second run never sends twice.
 */
export const sendQuestionAnswer: TaskConfig<{
  input: { questionId: number }
  output: { sent: boolean }
}> = {
  slug: ANSWER_EMAIL_TASK,
  label: 'Gửi thư trả lời câu hỏi',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'questionId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const q = await payload.findByID({
      collection: 'questions',
      id: input.questionId,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
    })
    if (!q || q.status !== 'published' || !q.authorEmail || q.answerEmailedAt)
      return { output: { sent: false } }
    // One atomic, autocommitted claim before the mail leaves: two runs never both send.
    if (!(await claim(payload, q.id))) return { output: { sent: false } }
    try {
      await sendEmail(payload, {
        to: q.authorEmail,
        subject: `Trả lời câu hỏi: ${q.title}`,
        heading: 'Câu hỏi của bạn đã được trả lời',
        paragraphs: [
          `Kính gửi ${q.authorName},`,
          `Câu hỏi "${q.title}" bạn gửi tới cổng thông tin đã được trả lời như sau:`,
          ...lexicalToPlainText(q.answer).split(/\n{2,}/),
          'Trân trọng cảm ơn bạn đã quan tâm.',
        ],
        action: { label: 'Xem trên cổng thông tin', url: await questionUrl(payload, q) },
      })
    } catch (error) {
      await release(payload, q.id)
      throw error
    }
    return { output: { sent: true } }
  },
}

async function claim(payload: Payload, id: number): Promise<boolean> {
  const { rowCount } = await sqlPool(payload).query(
    'UPDATE questions SET answer_emailed_at = now() WHERE id = $1 AND answer_emailed_at IS NULL',
    [id],
  )
  return rowCount === 1
}

const release = (payload: Payload, id: number) =>
  sqlPool(payload).query('UPDATE questions SET answer_emailed_at = NULL WHERE id = $1', [id])

async function questionUrl(payload: Payload, q: { id: number; site?: unknown }) {
  const site = await payload.findByID({
    collection: 'sites',
    id: idOf(q.site as never)!,
    depth: 0,
    overrideAccess: true,
  })
  const origin = canonicalOrigin({ slug: site.slug, domains: site.domains, isMain: !site.parent })
  return `${origin}/hoi-dap#cau-hoi-${q.id}`
}
