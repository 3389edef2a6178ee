'use client'

import Link from 'next/link'
import React, { useEffect, useState } from 'react'

const POLL_MS = 30_000

/**
 * "Bình luận chờ duyệt (N)" in the admin navigation; N is asked again every 30 s (and when the
 * tab comes back into view), so it moves without reloading the page.
 */
export function PendingCountLink({ initial }: { initial: number }) {
  const [state, setState] = useState({ initial, count: initial })
  // A server refresh (a decision in the queue) brings a new initial count: it wins.
  if (state.initial !== initial) setState({ initial, count: initial })
  useEffect(() => {
    const refresh = async () => {
      if (document.visibilityState !== 'visible') return
      const res = await fetch('/api/comments/pending-count', { credentials: 'include' }).catch(
        () => null,
      )
      const body = res?.ok ? await res.json().catch(() => null) : null
      if (typeof body?.pending === 'number') setState((s) => ({ ...s, count: body.pending }))
    }
    const timer = setInterval(refresh, POLL_MS)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [])
  return (
    <Link
      href="/admin/binh-luan-cho-duyet"
      className="nav__link"
      style={{ display: 'block', padding: '8px 0', fontWeight: 600 }}
    >
      {`Bình luận chờ duyệt (${state.count})`}
    </Link>
  )
}
