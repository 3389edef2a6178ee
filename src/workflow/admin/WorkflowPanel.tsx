'use client'

import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { availableTransitions, blockedByFourEyes } from '../checkTransition'
import { FOUR_EYES_MESSAGE } from '../fourEyes'
import { correctionLabels, isCorrectionState, stateLabels, type WorkflowState } from '../states'
import { CorrectionDiffLink } from './CorrectionDiffLink'
import { useSiteFourEyes } from './useSiteFourEyes'

const label = (s: string) => stateLabels[s as WorkflowState]?.vi ?? s

/**
 * Sidebar panel (articles, documents, pages): the state, a pending correction (with a link to the
 * comparison of live and proposed), the transitions this user may make, with a note, and why
 * "Xuất bản" is missing when four-eyes keeps this user from publishing.
 */
export const WorkflowPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const state = useFormFields(([fields]) => fields.workflowState?.value as string | undefined)
  const createdBy = useFormFields(([fields]) => fields.createdBy?.value)
  const site = useFormFields(([fields]) => fields.site?.value)
  const correction = useFormFields(([fields]) => fields.correction?.value)
  const submittedBy = useFormFields(([fields]) => fields.submittedBy?.value)
  const lastContentEditor = useFormFields(([fields]) => fields.lastContentEditor?.value)
  const category = useFormFields(([fields]) => fields.category?.value)
  const fourEyes = useSiteFourEyes(site)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  if (!id) return <p className="field-description">Lưu bài lần đầu để bắt đầu quy trình duyệt.</p>

  const item = {
    workflowState: state,
    createdBy,
    site,
    correction: correction as string | null,
    submittedBy,
    lastContentEditor,
    category,
  }
  const transitions = availableTransitions(user as never, item, fourEyes)
  const pending = state === 'published' && isCorrectionState(correction) ? correction : null
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
      {pending && (
        <>
          <p data-testid="correction-state">
            <strong>{correctionLabels[pending]}</strong>: bạn đọc vẫn thấy bản đang hiện cho đến khi
            Tổng biên tập xuất bản bản đính chính.
          </p>
          <CorrectionDiffLink slug={collectionSlug ?? 'articles'} id={id} />
        </>
      )}
      {blockedByFourEyes(user as never, item, fourEyes) && (
        <p data-testid="four-eyes" className="field-description">
          {FOUR_EYES_MESSAGE} Người khác trong ban biên tập sẽ xuất bản.
        </p>
      )}
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
