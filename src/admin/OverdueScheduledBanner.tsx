import type { ServerProps } from 'payload'
import React from 'react'

import { findOverdueArticles, OVERDUE_AFTER_MINUTES } from '../health/overdueArticles'

const vietnamTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'short',
})

/**
 * On the dashboard and above the articles list: scheduled articles whose publishing time passed
 * more than 5 minutes ago and that are still not live (the publish job has not run), each
 * linked, so a stalled worker is noticed by the newsroom, not by readers. Nothing when none.
 */
export async function OverdueScheduledBanner({ payload }: ServerProps) {
  const { total, docs } = await findOverdueArticles(payload, 10)
  if (!total) return null
  return (
    <div
      role="alert"
      className="overdue-scheduled"
      style={{
        border: '1px solid #b3261e',
        background: '#fdecea',
        color: '#5f1410',
        borderRadius: 4,
        padding: '12px 16px',
        margin: '0 0 20px',
      }}
    >
      <strong>{`Bài hẹn giờ quá hạn: ${total}`}</strong>
      <span>{` — đã quá giờ xuất bản hơn ${OVERDUE_AFTER_MINUTES} phút mà chưa lên trang. Hãy kiểm tra tiến trình xử lý hàng đợi (worker).`}</span>
      <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
        {docs.map((doc) => (
          <li key={doc.id}>
            <a href={`/admin/collections/articles/${doc.id}`} style={{ color: 'inherit' }}>
              {doc.title}
            </a>
            {` (hẹn ${vietnamTime.format(new Date(doc.publishedAt))})`}
          </li>
        ))}
      </ul>
    </div>
  )
}
