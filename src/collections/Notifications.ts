import type { CollectionConfig } from 'payload'

import { nobody, nobodyField } from '../access/nobody'
import { markAllReadEndpoint } from '../notifications/markAllReadEndpoint'
import { NOTIFICATION_KINDS } from '../notifications/notificationKinds'
import { ownNotifications } from '../notifications/ownNotifications'

const fixed = { create: nobodyField, update: nobodyField }

/**
 * In-admin notifications (src/notifications): written only by the server, one per recipient and
 * event (`key` is unique, so an event retried never notifies twice); each user reads their own
 * and may only flip `read`. The mail of each is sent once by sendNotificationEmail (`emailedAt`).
 */
export const Notifications: CollectionConfig<'notifications'> = {
  slug: 'notifications',
  labels: {
    singular: { vi: 'Thông báo', en: 'Notification' },
    plural: { vi: 'Thông báo', en: 'Notifications' },
  },
  access: { read: ownNotifications, update: ownNotifications, create: nobody, delete: nobody },
  // The admin shows them in its own view (/admin/thong-bao), linked from the navigation.
  admin: {
    hidden: true,
    useAsTitle: 'text',
    defaultColumns: ['text', 'kind', 'read', 'createdAt'],
  },
  defaultSort: '-createdAt',
  endpoints: [markAllReadEndpoint],
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: fixed,
      label: { vi: 'Người nhận', en: 'Recipient' },
    },
    {
      name: 'kind',
      type: 'select',
      options: [...NOTIFICATION_KINDS],
      required: true,
      access: fixed,
      label: { vi: 'Loại', en: 'Kind' },
    },
    { name: 'text', type: 'textarea', required: true, access: fixed, label: 'Nội dung' },
    { name: 'article', type: 'relationship', relationTo: 'articles', access: fixed },
    // Pending comments: the newest comment the digest counted (the next digest starts after it).
    { name: 'comment', type: 'relationship', relationTo: 'comments', access: fixed },
    { name: 'site', type: 'relationship', relationTo: 'sites', access: fixed },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đã đọc', en: 'Read' },
    },
    // The event and recipient (`transition:12:5`, `comments:3:5:40`): unique, so never twice.
    { name: 'key', type: 'text', required: true, unique: true, access: fixed },
    // Set when the mail is claimed for sending (src/notifications/sendNotificationEmailTask.ts).
    { name: 'emailedAt', type: 'date', access: fixed },
  ],
}
