import type { Access } from 'payload'

/** Each user reads and marks only their own notifications; the public nothing. */
export const ownNotifications: Access = ({ req }) =>
  req.user ? { recipient: { equals: req.user.id } } : false
