'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

/**
 * On a pending proposal: "Nhận tin" / "Không nhận" for the chief of the site proposed to (the
 * server decides who may; anyone else gets its 403 message).
 */
export const DecideProposal: React.FC = () => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  if (!id || status !== 'pending') return null

  const decide = async (action: 'accept' | 'decline') => {
    setBusy(true)
    setError('')
    const res = await fetch(`/api/share-proposals/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note }),
    })
    setBusy(false)
    if (!res.ok) {
      const body = await res.json().catch(() => null)
      setError(body?.errors?.[0]?.message ?? `Lỗi ${res.status}`)
      return
    }
    window.location.reload()
  }

  return (
    <div style={{ margin: '16px 0 24px' }}>
      <label htmlFor="proposal-note" style={{ display: 'block', marginBottom: 4 }}>
        Ghi chú khi duyệt
      </label>
      <textarea
        id="proposal-note"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        style={{ width: '100%', marginBottom: 8 }}
      />
      <div style={{ display: 'flex', gap: 8 }}>
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={busy}
          onClick={() => decide('accept')}
        >
          Nhận tin vào trang
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => decide('decline')}
        >
          Không nhận
        </button>
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
