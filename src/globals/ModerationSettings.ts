import type { GlobalConfig } from 'payload'

import { hasRole } from '../access/roles'
import { hasRoleAnywhere } from '../sites/siteRoles'
import { forgetWordLists } from '../comments/moderationWordLists'
import { normalizeGlobalText } from '../hooks/normalizeText'

/** Word lists the comment pipeline checks, with and without tone marks; kept by admins. */
export const ModerationSettings: GlobalConfig = {
  slug: 'moderation-settings',
  label: { vi: 'Kiểm duyệt bình luận', en: 'Comment moderation' },
  access: {
    read: ({ req }) => hasRoleAnywhere(req.user, 'admin', 'moderator'),
    update: ({ req }) => hasRole(req.user, 'admin'),
  },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  hooks: { beforeValidate: [normalizeGlobalText], afterChange: [forgetWordLists] },
  fields: [
    {
      name: 'bannedWords',
      type: 'textarea',
      label: { vi: 'Từ cấm (từ chối bình luận)', en: 'Banned words (refused)' },
      admin: {
        description: {
          vi: 'Mỗi dòng một từ hoặc cụm từ; khớp cả khi viết không dấu',
          en: 'One per line; matched with and without tone marks',
        },
      },
    },
    {
      name: 'suspectWords',
      type: 'textarea',
      label: {
        vi: 'Từ nghi vấn (giữ lại, đánh dấu cho kiểm duyệt viên)',
        en: 'Suspect words (held and flagged)',
      },
      admin: { description: { vi: 'Mỗi dòng một từ hoặc cụm từ', en: 'One per line' } },
    },
  ],
}
