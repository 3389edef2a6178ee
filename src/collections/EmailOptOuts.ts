import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * Addresses that asked for no more mail about their comments, stored as a keyed hash only (the
 * portal never keeps an email just to remember not to write to it). Written by the unsubscribe
 * link (src/comments/notify), read before every commenter mail.
 */
export const EmailOptOuts: CollectionConfig<'email-opt-outs'> = {
  slug: 'email-opt-outs',
  labels: {
    singular: { vi: 'Từ chối nhận thư', en: 'Email opt-out' },
    plural: { vi: 'Từ chối nhận thư', en: 'Email opt-outs' },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: { hidden: true },
  graphQL: { singularName: 'EmailOptOut', pluralName: 'EmailOptOuts' },
  fields: [{ name: 'emailHash', type: 'text', required: true, unique: true }],
}
