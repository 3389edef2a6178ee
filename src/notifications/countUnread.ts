import type { Payload } from 'payload'

/** How many of the user's notifications are still unread (the navigation's count). */
export async function countUnread(payload: Payload, userId: number | string): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: userId } }, { read: { equals: false } }] },
    overrideAccess: true,
  })
  return totalDocs
}
