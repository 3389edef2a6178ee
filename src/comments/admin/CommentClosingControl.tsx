'use client'

import { Button, Pill } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { CommentClosing } from '../closing/readCommentClosing'
import './moderationQueue.css'

const when = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })

function describe(c: Omit<CommentClosing, 'siteId'>): string {
  if (c.closed)
    return c.state === 'closed'
      ? 'Đã đóng (kiểm duyệt viên đóng)'
      : c.state === 'open'
        ? 'Đã đóng (tin bài tắt bình luận)'
        : 'Đã đóng'
  if (c.state === 'open') return 'Đang mở (kiểm duyệt viên mở lại)'
  return c.autoClosesAt ? `Đang mở, tự đóng lúc ${when(c.autoClosesAt)}` : 'Đang mở'
}

/** One article's comments: closed or open now, and the moderator's close / reopen / back-to-rule. */
export function CommentClosingControl(props: {
  articleId: number
  closing: Omit<CommentClosing, 'siteId'>
}) {
  const router = useRouter()
  const [closing, setClosing] = useState(props.closing)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const set = async (state: 'open' | 'closed' | 'auto') => {
    setBusy(true)
    setError('')
    const res = await fetch('/api/comments/closing', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ article: props.articleId, state }),
    })
    const body = await res.json().catch(() => null)
    setBusy(false)
    if (!res.ok) return setError(body?.errors?.[0]?.message ?? `Lỗi ${res.status}`)
    setClosing(body)
    router.refresh()
  }
  return (
    <div className="mq-closing" data-testid="comment-closing">
      <span>Bình luận của bài này:</span>
      <Pill size="small" pillStyle={closing.closed ? 'error' : 'success'}>
        {describe(closing)}
      </Pill>
      {closing.closed ? (
        <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => set('open')}>
          Mở lại bình luận
        </Button>
      ) : (
        <Button size="small" buttonStyle="secondary" disabled={busy} onClick={() => set('closed')}>
          Đóng bình luận
        </Button>
      )}
      {closing.state !== 'auto' ? (
        <Button size="small" buttonStyle="subtle" disabled={busy} onClick={() => set('auto')}>
          Theo quy định của trang
        </Button>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  )
}
