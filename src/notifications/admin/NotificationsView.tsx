import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminViewPage } from '../../admin/AdminViewPage'
import { formatArticleDate } from '../../lib/vietnamese'
import { idOf } from '../../sites/siteRoles'
import { MarkRead } from './MarkRead'

/** /admin/thong-bao: the signed-in user's notifications, newest first, unread ones marked. */
export async function NotificationsView(props: AdminViewServerProps) {
  const { initPageResult, payload } = props
  const { req } = initPageResult
  const { docs, totalDocs } = req.user
    ? await payload.find({
        collection: 'notifications',
        sort: '-createdAt',
        limit: 100,
        depth: 0,
        overrideAccess: false,
        user: req.user,
      })
    : { docs: [], totalDocs: 0 }
  const unread = docs.filter((n) => !n.read).length
  const linkOf = (n: (typeof docs)[number]) =>
    n.kind === 'comments'
      ? `/admin/binh-luan-cho-duyet?site=${idOf(n.site as never) ?? ''}`
      : `/admin/collections/articles/${idOf(n.article as never)}`
  return (
    <AdminViewPage view={props}>
      <div className="gutter--left gutter--right" style={{ paddingTop: 24, paddingBottom: 48 }}>
        <h1>Thông báo</h1>
        <p data-testid="notifications-count">
          {`${totalDocs} thông báo, ${unread} chưa đọc.`} {unread ? <MarkRead /> : null}
        </p>
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {docs.map((n) => (
            <li
              key={n.id}
              style={{
                borderBottom: '1px solid var(--theme-elevation-100)',
                padding: '12px 0',
                fontWeight: n.read ? 400 : 700,
                overflowWrap: 'anywhere',
              }}
            >
              <a href={linkOf(n)}>{n.text}</a>
              <div style={{ fontSize: 13, fontWeight: 400, display: 'flex', gap: 12 }}>
                <span>{formatArticleDate(n.createdAt)}</span>
                {n.read ? <span>Đã đọc</span> : <MarkRead id={n.id} />}
              </div>
            </li>
          ))}
        </ul>
      </div>
    </AdminViewPage>
  )
}
