import type { Payload, TaskConfig } from 'payload'

import { sendEmail } from '../email/sendEmail'
import { sqlPool } from '../lib/sqlPool'
import { idOf } from '../sites/siteRoles'
import { NOTIFICATION_EMAIL_TASK } from './createNotification'
import { notificationMail } from './notificationMail'

/**
 * Mails one notification to its recipient, at most once, unless they turned mails off. Like the
 * answer to a question (src/questions/sendAnswerTask.ts): the notification is claimed first
 * (`emailedAt` set only if still empty, one autocommitted statement); a failed send releases the
 * claim and the job retries. A retry, a second job or a second run never sends twice.
 */
export const sendNotificationEmail: TaskConfig<{
  input: { notificationId: number }
  output: { sent: boolean }
}> = {
  slug: NOTIFICATION_EMAIL_TASK,
  label: 'Gửi thư thông báo',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'notificationId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const n = await payload.findByID({
      collection: 'notifications',
      id: input.notificationId,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
    })
    if (!n || n.emailedAt) return { output: { sent: false } }
    const user = await payload.findByID({
      collection: 'users',
      id: idOf(n.recipient as never)!,
      overrideAccess: true,
      depth: 0,
      disableErrors: true,
    })
    if (!user?.email || user.emailNotifications === false) return { output: { sent: false } }
    const article = idOf(n.article as never)
    const title =
      article === null
        ? undefined
        : (
            await payload.findByID({
              collection: 'articles',
              id: article,
              draft: true,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              select: { title: true },
            })
          )?.title
    if (!(await claim(payload, n.id))) return { output: { sent: false } }
    try {
      await sendEmail(payload, notificationMail(n, user, title))
    } catch (error) {
      await release(payload, n.id)
      throw error
    }
    return { output: { sent: true } }
  },
}

async function claim(payload: Payload, id: number): Promise<boolean> {
  const { rowCount } = await sqlPool(payload).query(
    'UPDATE notifications SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL',
    [id],
  )
  return rowCount === 1
}

const release = (payload: Payload, id: number) =>
  sqlPool(payload).query('UPDATE notifications SET emailed_at = NULL WHERE id = $1', [id])
