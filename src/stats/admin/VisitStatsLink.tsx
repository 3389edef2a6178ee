import Link from 'next/link'
import type { ServerProps } from 'payload'
import React from 'react'

import { ROLES } from '../../access/roles'
import { hasRoleAnywhere } from '../../sites/siteRoles'

/** In the admin navigation: "Thống kê truy cập", for every member of staff. */
export function VisitStatsLink({ user }: ServerProps) {
  if (!hasRoleAnywhere(user as never, ...ROLES)) return null
  return (
    <Link
      href="/admin/thong-ke"
      className="nav__link"
      style={{ display: 'block', padding: '8px 0', fontWeight: 600 }}
    >
      Thống kê truy cập
    </Link>
  )
}
