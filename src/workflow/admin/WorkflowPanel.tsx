'use client'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { availableTransitions } from '../checkTransition'
import { stateLabels, type WorkflowState } from '../states'

const label = (s: string) => stateLabels[s as WorkflowState]?.vi ?? s

/** Sidebar panel (articles and documents): the state and the transitions this user may make, with a note. */
export const WorkflowPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined)
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const site = useFormFields(([fields]) => fields.site?.value)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  if (!id) return <p className="field-description">Lưu bài lần đầu để bắt đầu quy trình duyệt.</p>

  const transitions = availableTransitions(user as never, { workflowState: state, createdBy, site })
  const run = async (to: string) => {
    setBusy(true)
    setError('')
    const res = await fetch(`/api/${collectionSlug}/${id}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to, note }),
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
    <div className="workflow-panel" style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Quy trình duyệt bài</h4>
      <p>
        Trạng thái: <strong data-testid="workflow-state">{label(state ?? 'draft')}</strong>
      </p>
      {transitions.length > 0 && (
        <>
          <label htmlFor="workflow-note" style={{ display: 'block', marginBottom: 4 }}>
            Ghi chú (bắt buộc khi trả lại)
          </label>
          <textarea
            id="workflow-note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            style={{ width: '100%', marginBottom: 8 }}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {transitions.map((t) => (
              <button
                key={t.to}
                type="button"
                className="btn btn--style-primary btn--size-small"
                disabled={busy}
                onClick={() => run(t.to)}
              >
                {t.label}
              </button>
            ))}
          </div>
        </>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}
