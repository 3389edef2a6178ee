'use client'

import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Row = {
  id: number
  content: string
  authorName: string
  authorEmail: string
  when: string
  flags: string[]
  articleTitle: string
  articleHref: string | null
  siteName: string
  isReply: boolean
}

/** One-click approve / reject (reason required) / spam per comment, and the same in bulk. */
export function QueueActions({
  rows,
  reasons,
}: {
  rows: Row[]
  reasons: { value: string; label: string }[]
}) {
  const router = useRouter()
  const [selected, setSelected] = useState<number[]>([])
  const [reason, setReason] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const decide = async (ids: number[], status: 'approved' | 'rejected' | 'spam') => {
    if (status === 'rejected' && !reason)
      return setError('Chọn lý do từ chối trước khi bấm "Từ chối".')
    setBusy(true)
    setError('')
    const body =
      status === 'rejected'
        ? { status, rejectionReason: reason, rejectionNote: note || undefined }
        : { status }
    const results = await Promise.all(
      ids.map((id) =>
        fetch(`/api/comments/${id}`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }).then(async (r) =>
          r.ok
            ? null
            : ((await r.json().catch(() => null))?.errors?.[0]?.message ?? `Lỗi ${r.status}`),
        ),
      ),
    )
    setBusy(false)
    const failed = results.filter(Boolean)
    if (failed.length) setError(String(failed[0]))
    setSelected([])
    router.refresh()
  }

  if (!rows.length) return <p>Không còn bình luận nào chờ duyệt.</p>
  const toggle = (id: number) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))

  return (
    <div>
      <fieldset
        style={{ border: '1px solid var(--theme-elevation-150)', padding: 12, marginBottom: 16 }}
      >
        <legend>Lý do khi từ chối</legend>
        <select
          aria-label="Lý do từ chối"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        >
          <option value="">— Chọn lý do —</option>
          {reasons.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>{' '}
        <input
          aria-label="Ghi chú lý do"
          placeholder="Ghi chú (bắt buộc khi chọn Khác)"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div style={{ marginTop: 8, display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <span>{`Đã chọn ${selected.length}:`}</span>
          <button
            type="button"
            className="btn btn--size-small"
            disabled={busy || !selected.length}
            onClick={() => decide(selected, 'approved')}
          >
            Duyệt các bình luận đã chọn
          </button>
          <button
            type="button"
            className="btn btn--size-small"
            disabled={busy || !selected.length}
            onClick={() => decide(selected, 'rejected')}
          >
            Từ chối các bình luận đã chọn
          </button>
          <button
            type="button"
            className="btn btn--size-small"
            disabled={busy || !selected.length}
            onClick={() => decide(selected, 'spam')}
          >
            Đánh dấu thư rác
          </button>
        </div>
        {error ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
            {error}
          </p>
        ) : null}
      </fieldset>
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {rows.map((row) => (
          <li
            key={row.id}
            data-comment-id={row.id}
            style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '12px 0' }}
          >
            <label style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
              <input
                type="checkbox"
                checked={selected.includes(row.id)}
                onChange={() => toggle(row.id)}
              />
              <span>
                <strong>{row.authorName}</strong>
                {row.authorEmail ? ` <${row.authorEmail}>` : ''} — {row.when}
                {row.isReply ? ' — trả lời' : ''}
                {row.siteName ? ` — ${row.siteName}` : ''}
              </span>
            </label>
            <p style={{ whiteSpace: 'pre-line', margin: '6px 0' }}>{row.content}</p>
            <p style={{ margin: '4px 0', opacity: 0.8 }}>
              {'Bài: '}
              {row.articleHref ? (
                <a href={row.articleHref} target="_blank" rel="noreferrer">
                  {row.articleTitle}
                </a>
              ) : (
                row.articleTitle
              )}
              {row.flags.length ? ` — Cảnh báo: ${row.flags.join(', ')}` : ''}
            </p>
            <div style={{ display: 'flex', gap: 8 }}>
              <button
                type="button"
                className="btn btn--style-primary btn--size-small"
                disabled={busy}
                onClick={() => decide([row.id], 'approved')}
              >
                Duyệt
              </button>
              <button
                type="button"
                className="btn btn--size-small"
                disabled={busy}
                onClick={() => decide([row.id], 'rejected')}
              >
                Từ chối
              </button>
              <button
                type="button"
                className="btn btn--size-small"
                disabled={busy}
                onClick={() => decide([row.id], 'spam')}
              >
                Thư rác
              </button>
            </div>
          </li>
        ))}
      </ol>
    </div>
  )
}
