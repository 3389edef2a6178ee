import type { ServerProps } from 'payload'
import React from 'react'

import { initials } from './initials'

/**
 * The account avatar in the admin header (`admin.avatar`): the user's initials drawn locally.
 * Payload's default asks gravatar.com, which an offline province network cannot reach, leaving
 * a broken image on every page.
 */
export function InitialsAvatar({ user }: ServerProps) {
  const person = user as { name?: string | null; email?: string | null } | undefined
  const label = person?.name || person?.email || ''
  return (
    <span
      className="portal-avatar"
      title={label}
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: '#b3261e',
        color: '#fff',
        fontSize: 11,
        fontWeight: 700,
        lineHeight: 1,
        letterSpacing: 0.2,
      }}
    >
      {initials(person?.name, person?.email)}
    </span>
  )
}
