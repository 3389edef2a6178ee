'use client'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { availableTransitions } from '../checkTransition'
import { stateLabels, type WorkflowState } from '../states'

type HistoryEntry = { from: string; to: string; by: { name?: string } | null; at: string; note: string }

const label = (s: string) => stateLabels[s as WorkflowState]?.vi ?? s
const when = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))

/** Sidebar panel: the article's state, the transitions this user may make, and the history. */
export const WorkflowPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined)
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [history, setHistory] = useState<HistoryEntry[]>([])

  const loadHistory = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/articles/${id}/history`, { credentials: 'include' })
    if (res.ok) setHistory((await res.json()).docs)
  }, [id])
  useEffect(() => void loadHistory(), [loadHistory])

  if (!id) return <p className="field-description">Lưu bài lần đầu để bắt đầu quy trình duyệt.</p>

  const transitions = availableTransitions(user as never, { workflowState: state, createdBy })
  const run = async (to: string) => {
    setBusy(true)
    setError('')
    const res = await fetch(`/api/articles/${id}/transition`, {
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
      {history.length > 0 && (
        <details open style={{ marginTop: 12 }}>
          <summary>Lịch sử ({history.length})</summary>
          <ol style={{ paddingLeft: 18 }}>
            {history.map((h, i) => (
              <li key={i}>
                {when(h.at)}: {label(h.from)} → {label(h.to)}
                {h.by?.name ? ` — ${h.by.name}` : ''}
                {h.note ? <div style={{ whiteSpace: 'pre-wrap', opacity: 0.8 }}>{h.note}</div> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}
