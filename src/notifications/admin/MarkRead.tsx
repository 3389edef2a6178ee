'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** "Đánh dấu đã đọc" on one notification (`id`) or on all of them (no `id`). */
export function MarkRead({ id }: { id?: number }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const mark = async () => {
    setBusy(true)
    const res = await fetch(id ? `/api/notifications/${id}` : '/api/notifications/read-all', {
      method: id ? 'PATCH' : 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(id ? { read: true } : {}),
    })
    setBusy(false)
    if (!res.ok) return setError(`Không đánh dấu được (lỗi ${res.status}).`)
    router.refresh()
  }
  return (
    <>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        disabled={busy}
        onClick={mark}
      >
        {id ? 'Đánh dấu đã đọc' : 'Đánh dấu tất cả đã đọc'}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  )
}
