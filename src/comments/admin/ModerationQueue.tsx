import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminViewPage } from '../../admin/AdminViewPage'
import { sqlPool } from '../../lib/sqlPool'
import { hasRoleAnywhere, hasRoleOnSite, sitesWithRole } from '../../sites/siteRoles'
import { readCommentClosing } from '../closing/readCommentClosing'
import { moderatedSites } from '../moderatedSites'
import { CitizenTextQueue } from './CitizenTextQueue'
import { CommentClosingControl } from './CommentClosingControl'
import { QueueActions } from './QueueActions'
import { queueArticles } from './queueArticles'
import { QueueFilterBar } from './QueueFilterBar'
import { queueFilterChoices, REASON_OPTIONS } from './queueFilterChoices'
import { QUEUE_STATUSES, queueWhere, readQueueFilters } from './queueFilters'
import { queueType } from './queueTypes'
import { toQueueRow } from './toQueueRow'

/**
 * /admin/binh-luan-cho-duyet: comments (or feedback on drafts, or questions) of the sites the user
 * moderates, oldest first, read with the moderator's own access. Filters in the URL: loai, site,
 * bai (article), canh-bao (flag), trang-thai, ly-do (reason); with an article chosen, its
 * comments can be closed or reopened here.
 */
export async function ModerationQueue(props: AdminViewServerProps) {
  const { initPageResult, searchParams, payload } = props
  const { req } = initPageResult
  const allowed = hasRoleAnywhere(req.user, 'admin', 'moderator')
  const sites = allowed ? await moderatedSites(payload, req.user) : []
  const type = queueType(searchParams?.loai)
  const f = readQueueFilters(searchParams, sites)
  const comments = allowed && type.value === 'binh-luan'
  const [result, articles, closing] = await Promise.all([
    comments
      ? payload.find({
          collection: 'comments',
          where: queueWhere(f),
          sort: 'createdAt',
          limit: 100,
          depth: 1,
          overrideAccess: false,
          user: req.user,
        })
      : null,
    comments
      ? queueArticles(
          payload,
          f.site ? [f.site] : sitesWithRole(req.user, 'admin', 'moderator'),
          f.status,
        )
      : [],
    comments && f.article ? readCommentClosing(sqlPool(payload), f.article) : null,
  ])
  const now = new Date()
  const rows = result?.docs.map((c) => toQueueRow(c, sites, now)) ?? []
  const filters = queueFilterChoices({
    type,
    sites,
    filters: f,
    articles: comments ? articles : null,
  })
  return (
    <AdminViewPage view={props}>
      <Gutter className="mq-page">
        <h1 style={{ margin: '24px 0 16px' }}>Bình luận chờ duyệt</h1>
        {!allowed ? (
          <p>Chỉ kiểm duyệt viên và quản trị viên xem được hàng đợi này.</p>
        ) : (
          <>
            <QueueFilterBar filters={filters} />
            {closing && hasRoleOnSite(req.user, closing.siteId, 'admin', 'moderator') ? (
              <CommentClosingControl
                articleId={f.article!}
                closing={{
                  state: closing.state,
                  closed: closing.closed,
                  autoClosesAt: closing.autoClosesAt,
                }}
              />
            ) : null}
            {type.value === 'binh-luan' ? (
              <>
                <p data-testid="queue-count">{`Còn ${result!.totalDocs} bình luận ${QUEUE_STATUSES.find((s) => s.value === f.status)!.label.toLowerCase()} (cũ nhất trước).`}</p>
                <QueueActions rows={rows} reasons={REASON_OPTIONS} status={f.status} />
              </>
            ) : (
              <CitizenTextQueue
                payload={payload}
                user={req.user}
                type={type}
                site={sites.find((s) => s.id === f.site)}
              />
            )}
          </>
        )}
      </Gutter>
    </AdminViewPage>
  )
}
