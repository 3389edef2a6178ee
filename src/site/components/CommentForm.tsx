'use client'

import Link from 'next/link'
import { useState } from 'react'

import { COMMENT_MAX, COMMENT_MIN, countCharacters } from '../../comments/countCharacters'
import { useSitePath } from './BasePath'

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
      <div className="comment-form__fields">
        <label>
          Họ và tên
          <input name="authorName" required maxLength={80} autoComplete="name" />
        </label>
        <label>
          Thư điện tử (không bắt buộc, không công khai)
          <input name="authorEmail" type="email" autoComplete="email" />
        </label>
      </div>
      {/* The honeypot: hidden from people and screen readers, filled by form robots. */}
      <div className="comment-form__trap" aria-hidden="true">
        <label>
          Trang web
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <label className="comment-form__consent">
        <input type="checkbox" name="consent" required /> Tôi đồng ý để cổng thông tin xử lý dữ liệu
        cá nhân theo{' '}
        <Link href={sitePath('/chinh-sach-bao-ve-du-lieu')}>chính sách bảo vệ dữ liệu cá nhân</Link>
      </label>
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
