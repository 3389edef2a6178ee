import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import type { ServerProps } from 'payload'
import React from 'react'

import { OverdueScheduledBanner } from '../../admin/OverdueScheduledBanner'
import { formatArticleDate } from '../../lib/vietnamese'
import type { User } from '../../payload-types'
import { findMyWork } from '../findMyWork'
import type { Bucket } from '../workItem'

const SECTIONS = [
  { key: 'toReview', title: 'Chờ tôi duyệt', empty: 'Không có bài nào chờ duyệt.' },
  { key: 'returned', title: 'Bị trả lại cho tôi', empty: 'Không có bài nào bị trả lại.' },
  { key: 'assigned', title: 'Được giao cho tôi', empty: 'Chưa có bài nào được giao.' },
  { key: 'overdue', title: 'Quá hạn', empty: 'Không có bài nào quá hạn.' },
] as const

/**
 * The admin's dashboard ("Việc của tôi"), in place of Payload's grid of collection cards: what
 * waits on the signed-in person (src/mywork/findMyWork.ts), each article linked to its edit view.
 */
export async function MyWorkDashboard(props: ServerProps) {
  const { payload, user } = props
  if (!user) return null
  const work = await findMyWork(payload, user as User)
  return (
    <Gutter className="dashboard my-work">
      <OverdueScheduledBanner {...props} />
      <h1>Việc của tôi</h1>
      <p>
        <Link href="/admin/thong-bao">{`Thông báo chưa đọc: ${work.unreadNotifications}`}</Link>
        {work.pendingComments === null ? null : (
          <>
            {' · '}
            <Link href="/admin/binh-luan-cho-duyet" data-testid="my-work-comments">
              {`Bình luận chờ duyệt: ${work.pendingComments}`}
            </Link>
          </>
        )}
      </p>
      <div
        style={{
          display: 'grid',
          gap: 24,
          gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
        }}
      >
        {SECTIONS.map((s) => (
          <Section key={s.key} id={s.key} title={s.title} empty={s.empty} bucket={work[s.key]} />
        ))}
      </div>
    </Gutter>
  )
}

function Section(props: { id: string; title: string; empty: string; bucket: Bucket }) {
  const { id, title, empty, bucket } = props
  return (
    <section data-testid={`my-work-${id}`} style={{ overflowWrap: 'anywhere' }}>
      <h2 style={{ fontSize: 18 }}>{`${title} (${bucket.count})`}</h2>
      {bucket.items.length ? (
        <ul style={{ paddingLeft: 18 }}>
          {bucket.items.map((a) => (
            <li key={a.id} style={{ marginBottom: 8 }}>
              <Link href={`/admin/collections/articles/${a.id}`}>{a.title}</Link>
              {a.dueDate ? <span>{` — hạn ${formatArticleDate(a.dueDate)}`}</span> : null}
              {a.note ? <div style={{ fontSize: 13 }}>{`Lý do trả lại: ${a.note}`}</div> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  )
}
