'use client'

import { useState } from 'react'

import { COMMENT_MAX, COMMENT_MIN, countCharacters } from '../../comments/countCharacters'
import { useSitePath } from './BasePath'
import { SenderFields } from './SenderFields'

/** The comment form with its live counter, counting characters as the server does. */
export function CommentForm({
  articleId,
  parentId,
  title,
}: {
  articleId: number
  parentId?: number
  title?: string
}) {
  const sitePath = useSitePath()
  const [content, setContent] = useState('')
  const [message, setMessage] = useState('')
  const used = countCharacters(content)
  const left = COMMENT_MAX - used
  const tooShort = used > 0 && used < COMMENT_MIN

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const res = await fetch('/api/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        article: articleId,
        parent: parentId,
        website: form.get('website') || undefined,
        authorName: form.get('authorName'),
        authorEmail: form.get('authorEmail') || undefined,
        content,
        consent: form.get('consent') === 'on',
      }),
    }).catch(() => null)
    const body = await res?.json().catch(() => null)
    if (res?.status === 201) {
      setContent('')
      setMessage('Cảm ơn bạn. Bình luận sẽ hiển thị sau khi được kiểm duyệt.')
    } else {
      setMessage(body?.errors?.[0]?.message ?? 'Chưa gửi được bình luận, vui lòng thử lại sau.')
    }
  }

  const ids = (name: string) => `${name}-${parentId ?? 'moi'}`
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <label htmlFor={ids('binh-luan-noi-dung')}>{title ?? 'Ý kiến của bạn'}</label>
      <textarea
        id={ids('binh-luan-noi-dung')}
        name="content"
        rows={5}
        value={content}
        onChange={(e) => setContent(e.target.value)}
        aria-describedby={ids('binh-luan-dem')}
      />
      <p id={ids('binh-luan-dem')} className="comment-form__counter" aria-live="polite">
        {`Bạn còn ${left}/${COMMENT_MAX} ký tự`}
        {tooShort ? (
          <span className="comment-form__hint">{` — Bạn vui lòng nhập từ ${COMMENT_MIN} ký tự trở lên`}</span>
        ) : null}
      </p>
      <SenderFields policyHref={sitePath('/chinh-sach-bao-ve-du-lieu')} />
      <button type="submit" disabled={used < COMMENT_MIN || left < 0}>
        Gửi bình luận
      </button>
      {message ? (
        <p role="status" className="comment-form__message">
          {message}
        </p>
      ) : null}
    </form>
  )
}
