import type { CollectionConfig } from 'payload'

import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'

/**
 * A moderator's decision on one article's comments: `closed` before the site's delay runs out, or
 * `open` again after it. No row: the site's rule (settings.commentsCloseAfterDays). Kept off the
 * versioned article, which moderators may not edit and which a plain update would corrupt while a
 * correction is pending (Payload issue #13267). Written only by src/comments/closing.
 */
export const CommentClosures: CollectionConfig<'comment-closures'> = {
  slug: 'comment-closures',
  labels: {
    singular: { vi: 'Đóng/mở bình luận', en: 'Comment closing' },
    plural: { vi: 'Đóng/mở bình luận', en: 'Comment closings' },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: { singularName: 'CommentClosure', pluralName: 'CommentClosures' },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, unique: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      options: [
        { value: 'closed', label: 'Đã đóng' },
        { value: 'open', label: 'Mở lại' },
      ],
    },
    { name: 'changedBy', type: 'relationship', relationTo: 'users' },
  ],
}
