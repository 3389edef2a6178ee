import type { Payload, TaskConfig } from 'payload'

import { sendEmail } from '../../email/sendEmail'
import { sqlPool } from '../../lib/sqlPool'
import { articlePath, canonicalOrigin, siteURL } from '../../site/urls'
import { commenterMail } from './commenterMail'
import { hasOptedOut } from './emailOptOuts'
import { COMMENTER_EMAIL_TASK } from './queueCommenterEmail'
import { unsubscribeToken } from './unsubscribeToken'

/**
 * Tells a commenter their comment was approved or rejected (with the reason), once. The comment is
 * claimed first (`commenterNotifiedAt` set only if still empty, in one autocommitted statement); a
 * failed send releases the claim and the job retries, so a retry or a second run never sends twice.
 * An address that opted out gets nothing.
 */
export const notifyCommenter: TaskConfig<{
  input: { commentId: number }
  output: { sent: boolean }
}> = {
  slug: COMMENTER_EMAIL_TASK,
  label: 'Báo kết quả kiểm duyệt cho người bình luận',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'commentId', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const c = await payload.findByID({
      collection: 'comments',
      id: input.commentId,
      overrideAccess: true,
      depth: 2,
      disableErrors: true,
    })
    const decided = c?.status === 'approved' || c?.status === 'rejected'
    if (!c || !decided || !c.authorEmail || c.commenterNotifiedAt)
      return { output: { sent: false } }
    if (await hasOptedOut(sqlPool(payload), c.authorEmail)) return { output: { sent: false } }
    if (!(await claim(payload, c.id))) return { output: { sent: false } }
    const article = typeof c.article === 'object' ? c.article : null
    const site = article && typeof article.site === 'object' ? article.site : null
    const origin = site
      ? canonicalOrigin({ slug: site.slug, domains: site.domains, isMain: !site.parent })
      : siteURL()
    try {
      await sendEmail(
        payload,
        commenterMail({
          to: c.authorEmail,
          comment: { ...c, status: c.status as 'approved' | 'rejected' },
          articleTitle: article?.title ?? '',
          articleUrl: `${origin}${articlePath(article?.slug ?? '')}#binh-luan-${c.id}`,
          unsubscribeUrl: `${siteURL()}/api/comments/unsubscribe?token=${unsubscribeToken(c.authorEmail)}`,
        }),
      )
    } catch (error) {
      await release(payload, c.id)
      throw error
    }
    return { output: { sent: true } }
  },
}

async function claim(payload: Payload, id: number): Promise<boolean> {
  const { rowCount } = await sqlPool(payload).query(
    'UPDATE comments SET commenter_notified_at = now() WHERE id = $1 AND commenter_notified_at IS NULL',
    [id],
  )
  return rowCount === 1
}

const release = (payload: Payload, id: number) =>
  sqlPool(payload).query('UPDATE comments SET commenter_notified_at = NULL WHERE id = $1', [id])
