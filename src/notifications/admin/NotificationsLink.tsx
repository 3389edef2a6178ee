import Link from 'next/link'
import type { ServerProps } from 'payload'
import React from 'react'

import { countUnread } from '../countUnread'

/** In the admin navigation: "Việc của tôi" and "Thông báo (N chưa đọc)" for every signed-in user. */
export async function NotificationsLink({ payload, user }: ServerProps) {
  if (!user) return null
  const unread = await countUnread(payload, user.id)
  const style = { display: 'block', padding: '8px 0', fontWeight: 600 }
  return (
    <>
      <Link href="/admin" className="nav__link" style={style}>
        Việc của tôi
      </Link>
      <Link
        href="/admin/thong-bao"
        className="nav__link"
        style={style}
        data-testid="notifications-link"
        aria-label={`Thông báo: ${unread} chưa đọc`}
      >
        {`🔔 Thông báo (${unread})`}
      </Link>
    </>
  )
}
