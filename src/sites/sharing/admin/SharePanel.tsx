'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

/**
 * Under "Đăng cả trên trang": share a live article down to every site below, or propose it to the
 * site above. The server decides who may (its 403 message is shown as is).
 */
export const SharePanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields._status?.value as string | undefined)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || status !== 'published') return null

  const call = async (action: 'share' | 'propose', body: object, done: string) => {
    setBusy(true)
    setMessage('')
    const res = await fetch(`/api/articles/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    const json = await res.json().catch(() => null)
    if (!res.ok) return setMessage(json?.errors?.[0]?.message ?? `Lỗi ${res.status}`)
    if (action === 'share') return window.location.reload()
    setMessage(done)
  }

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 24 }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => call('share', { sites: 'all-children' }, '')}
      >
        Chia sẻ xuống mọi trang cấp dưới
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => call('propose', {}, 'Đã gửi đề xuất lên trang cấp trên, chờ duyệt.')}
      >
        Đề xuất lên trang cấp trên
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
