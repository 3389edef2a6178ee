import type { PayloadRequest } from 'payload'

import type { NotificationKind } from './notificationKinds'

export const NOTIFICATION_EMAIL_TASK = 'sendNotificationEmail'

export type Notice = {
  recipient: number
  kind: NotificationKind
  text: string
  /** Names the event and the recipient: a second notice with the same key is dropped. */
  key: string
  article?: number | null
  comment?: number | null
  site?: number | null
}

/**
 * Writes one in-admin notification, unless its key exists already (the same event seen again,
 * a retried job), and queues its mail in the caller's transaction (`req`).
 */
export async function createNotification(req: PayloadRequest, notice: Notice): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'notifications',
    where: { key: { equals: notice.key } },
    overrideAccess: true,
    req,
  })
  if (totalDocs) return false
  const doc = await req.payload.create({
    collection: 'notifications',
    data: { ...notice, read: false },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({
    task: NOTIFICATION_EMAIL_TASK,
    input: { notificationId: doc.id },
    req,
  })
  return true
}
