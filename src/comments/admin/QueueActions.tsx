'use client'

import { Banner, Button, ReactSelect, type ReactSelectOption } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useRef, useState } from 'react'

import { decideComments, type Decision } from './decideComments'
import { QueueItem } from './QueueItem'
import type { QueueRow } from './queueTypes'
import './moderationQueue.css'

const DONE: Record<Decision, string> = {
  approved: 'Đã duyệt',
  rejected: 'Đã từ chối',
  spam: 'Đã đánh dấu thư rác',
}

/**
 * The comments of the queue with one-click (or one-key) approve / reject with the chosen reason /
 * spam, the same in bulk, and keyboard navigation between comments; the list refreshes from the
 * server after each decision.
 */
export function QueueActions({
  rows,
  reasons,
  status,
}: {
  rows: QueueRow[]
  reasons: { value: string; label: string }[]
  status: string
}) {
  const router = useRouter()
  const list = useRef<HTMLOListElement>(null)
  const [selected, setSelected] = useState<number[]>([])
  const [done, setDone] = useState<number[]>([])
  const [reason, setReason] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)
  const shown = rows.filter((r) => !done.includes(r.id))

  const focusAt = (index: number) => {
    const items = list.current?.querySelectorAll<HTMLElement>('.mq-item')
    if (items?.length) items[Math.max(0, Math.min(index, items.length - 1))].focus()
  }
  const decide = async (ids: number[], decision: Decision) => {
    if (decision === 'rejected' && !reason) {
      setError('Chọn lý do từ chối (ô "Lý do khi từ chối") rồi bấm lại.')
      document.getElementById('mq-reason')?.focus()
      return
    }
    const index = shown.findIndex((r) => r.id === ids[0])
    setBusy(true)
    setError('')
    const failed = await decideComments(ids, decision, { value: reason, note })
    setBusy(false)
    if (failed) setError(failed)
    else {
      setDone((d) => [...d, ...ids])
      setNotice(`${DONE[decision]} ${ids.length} bình luận.`)
      setTimeout(() => focusAt(index), 0)
    }
    setSelected([])
    router.refresh()
  }
  const toggle = (id: number) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))

  return (
    <div className="mq">
      <p className="mq-help" id="mq-shortcuts">
        Phím tắt: bấm Tab hoặc nhấp vào một bình luận, rồi <kbd>A</kbd> duyệt, <kbd>R</kbd> từ chối
        (theo lý do đã chọn), <kbd>S</kbd> thư rác, <kbd>X</kbd> chọn, <kbd>J</kbd>/<kbd>K</kbd>{' '}
        sang bình luận sau/trước.
      </p>
      <div className="mq-bulk">
        <div className="mq-filter">
          <label htmlFor="mq-reason" className="mq-filter__label">
            Lý do khi từ chối
          </label>
          <ReactSelect
            inputId="mq-reason"
            isClearable
            placeholder="— Chọn lý do —"
            options={reasons}
            value={reasons.find((r) => r.value === reason) as ReactSelectOption | undefined}
            onChange={(o) => setReason(String((o as ReactSelectOption | null)?.value ?? ''))}
          />
        </div>
        <div className="mq-filter">
          <label htmlFor="mq-note" className="mq-filter__label">
            Ghi chú lý do
          </label>
          <input
            id="mq-note"
            className="mq-input"
            placeholder="Bắt buộc khi chọn Khác"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="mq-bulk__buttons">
          <span>{`Đã chọn ${selected.length}:`}</span>
          {(['approved', 'rejected', 'spam'] as const)
            .filter((d) => d !== status)
            .map((d) => (
              <Button
                key={d}
                size="small"
                buttonStyle="secondary"
                disabled={busy || !selected.length}
                onClick={() => decide(selected, d)}
              >
                {d === 'approved'
                  ? 'Duyệt các bình luận đã chọn'
                  : d === 'rejected'
                    ? 'Từ chối các bình luận đã chọn'
                    : 'Đánh dấu thư rác'}
              </Button>
            ))}
        </div>
      </div>
      {error ? (
        <Banner type="error">
          <span role="alert">{error}</span>
        </Banner>
      ) : null}
      <p className="mq-visually-hidden" role="status">
        {notice}
      </p>
      {shown.length ? (
        <ol className="mq-list" ref={list} aria-describedby="mq-shortcuts">
          {shown.map((row, i) => (
            <QueueItem
              key={row.id}
              row={row}
              current={status}
              selected={selected.includes(row.id)}
              busy={busy}
              onToggle={() => toggle(row.id)}
              onDecide={(d) => decide([row.id], d)}
              onMove={(step) => focusAt(i + step)}
            />
          ))}
        </ol>
      ) : (
        <p>Không còn bình luận nào ở đây.</p>
      )}
    </div>
  )
}
