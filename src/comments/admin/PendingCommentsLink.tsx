import Link from 'next/link'
import type { ServerProps } from 'payload'
import React from 'react'

import { hasRoleAnywhere } from '../../sites/siteRoles'

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
  return (
    <Link
      href="/admin/binh-luan-cho-duyet"
      className="nav__link"
      style={{ display: 'block', padding: '8px 0', fontWeight: 600 }}
    >
      {`Bình luận chờ duyệt (${totalDocs})`}
    </Link>
  )
}
