import type { ServerProps } from 'payload'
import React from 'react'

import { hasRoleAnywhere } from '../../sites/siteRoles'
import { PendingCountLink } from './PendingCountLink'

/** In the admin navigation: "Bình luận chờ duyệt (N)", for moderators and admins. */
export async function PendingCommentsLink({ payload, user }: ServerProps) {
  if (!hasRoleAnywhere(user as never, 'admin', 'moderator')) return null
  const { totalDocs } = await payload.count({
    collection: 'comments',
    where: { status: { equals: 'pending' } },
    // Counted with the moderator's access: only the sites they moderate.
    overrideAccess: false,
    user: user as never,
  })
  return <PendingCountLink initial={totalDocs} />
}
