'use client'

import { useState } from 'react'

type Summary = { total: number; count: number; average: number }

const averageText = (n: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)

/**
 * The rating block: X is the sum of all scores, N the number of votes, A their average; 1–5 stars
 * as a radio group. Voting posts to /api/articles/{id}/rating and updates the text in place.
 */
export function RatingBlock({
  articleId,
  total,
  count,
}: {
  articleId: number
  total: number
  count: number
}) {
  const [summary, setSummary] = useState<Summary>({
    total,
    count,
    average: count ? total / count : 0,
  })
  const [chosen, setChosen] = useState<number | null>(null)
  const [message, setMessage] = useState('')

  const rate = async (score: number) => {
    setChosen(score)
    const res = await fetch(`/api/articles/${articleId}/rating`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ score }),
    }).catch(() => null)
    const body = await res?.json().catch(() => null)
    if (res?.ok && body) {
      setSummary(body)
      setMessage('Cảm ơn bạn đã đánh giá bài viết.')
    } else {
      setMessage(body?.errors?.[0]?.message ?? 'Chưa ghi nhận được đánh giá, vui lòng thử lại.')
    }
  }

  return (
    <section className="rating" aria-labelledby="danh-gia">
      <h2 id="danh-gia" className="section-title">
        Đánh giá bài viết
      </h2>
      <p data-testid="rating-total">{`Tổng số điểm của bài viết là: ${summary.total} trong ${summary.count} đánh giá`}</p>
      <p data-testid="rating-average">{`Xếp hạng: ${averageText(summary.average)} - ${summary.count} phiếu bầu`}</p>
      <fieldset className="rating__stars">
        <legend>Click để đánh giá bài viết</legend>
        {[1, 2, 3, 4, 5].map((score) => (
          <label key={score} className={chosen !== null && score <= chosen ? 'is-on' : undefined}>
            <input
              type="radio"
              name="diem"
              value={score}
              checked={chosen === score}
              onChange={() => rate(score)}
            />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{`${score} sao`}</span>
          </label>
        ))}
      </fieldset>
      {message ? (
        <p role="status" className="rating__message">
          {message}
        </p>
      ) : null}
    </section>
  )
}
