import Link from 'next/link'
import type { ServerProps } from 'payload'
import React from 'react'

/** In the admin navigation, for everyone signed in: "Xác thực hai lớp". */
export function TwoFactorLink({ user }: ServerProps) {
  if (!user) return null
  return (
    <Link
      href="/admin/xac-thuc-hai-lop"
      className="nav__link"
      style={{ display: 'block', padding: '8px 0', fontWeight: 600 }}
    >
      Xác thực hai lớp
    </Link>
  )
}
