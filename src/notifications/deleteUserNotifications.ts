import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted account's notifications go with it (each has a recipient). */
export const deleteUserNotifications: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'notifications',
    where: { recipient: { equals: id } },
    req,
    overrideAccess: true,
  })
}
