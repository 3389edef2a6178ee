'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Note = {
  id: number
  body: string
  createdAt: string
  author?: { id: number; name?: string } | number
}

const when = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
})

/**
 * The article's internal notes (collection `article-notes`, staff of its site only) under its
 * fields: the list, newest first, a box to add one, and "Xóa" on one's own. Plain text only.
 */
export function ArticleNotes() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [notes, setNotes] = useState<Note[]>([])
  const [body, setBody] = useState('')
  const [error, setError] = useState('')
  // Bumped after each change: the effect reads the list again.
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!id) return
    let live = true
    fetch(`/api/article-notes?where[article][equals]=${id}&sort=-createdAt&limit=100&depth=1`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((body) => {
        if (live && body) setNotes(body.docs)
      })
    return () => {
      live = false
    }
  }, [id, version])
  const send = async (method: 'POST' | 'DELETE', noteId?: number) => {
    setError('')
    const res = await fetch(`/api/article-notes${noteId ? `/${noteId}` : ''}`, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ article: id, body }) : undefined,
    })
    if (!res.ok) {
      const message = (await res.json().catch(() => null))?.errors?.[0]?.message
      return setError(message ?? `Lỗi ${res.status}`)
    }
    if (method === 'POST') setBody('')
    setVersion((v) => v + 1)
  }
  if (!id) return <p>Lưu tin bài trước khi ghi chú nội bộ.</p>
  return (
    <section className="field-type" data-testid="article-notes">
      <h3>Ghi chú nội bộ</h3>
      <p style={{ fontSize: 13 }}>
        Chỉ cán bộ của trang đơn vị thấy; không bao giờ hiện cho bạn đọc.
      </p>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {notes.map((n) => {
          const author = typeof n.author === 'object' ? n.author : undefined
          return (
            <li
              key={n.id}
              style={{ padding: '8px 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              <strong>{author?.name ?? 'Cán bộ'}</strong>
              {` · ${when.format(new Date(n.createdAt))}`}
              <div>{n.body}</div>
              {author && user && author.id === user.id ? (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => send('DELETE', n.id)}
                >
                  Xóa
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
      <label htmlFor="article-note-body">Thêm ghi chú</label>
      <textarea
        id="article-note-body"
        rows={3}
        maxLength={5000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        style={{ width: '100%' }}
      />
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={!body.trim()}
        onClick={() => send('POST')}
      >
        Lưu ghi chú
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  )
}
