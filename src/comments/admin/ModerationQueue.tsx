import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRoleAnywhere } from '../../sites/siteRoles'
import { formatArticleDate } from '../../lib/vietnamese'
import { REJECTION_REASONS } from '../rejectionReasons'
import { QueueActions } from './QueueActions'

const FLAG_LABELS: Record<string, string> = {
  'tu-nghi-van': 'Có từ nghi vấn',
  'tu-cam-gan-dung': 'Gần giống từ cấm',
  'nhieu-lien-ket': 'Nhiều liên kết',
  honeypot: 'Máy gửi',
}

/** /admin/binh-luan-cho-duyet: pending comments, oldest first, with one-click and bulk decisions. */
export async function ModerationQueue(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams, i18n, payload } = props
  const { req, visibleEntities } = initPageResult
  const allowed = hasRoleAnywhere(req.user, 'admin', 'moderator')
  // With the moderator's own access: the pending comments of the sites they moderate only.
  const result = allowed
    ? await payload.find({
        collection: 'comments',
        where: { status: { equals: 'pending' } },
        sort: 'createdAt',
        limit: 100,
        depth: 1,
        overrideAccess: false,
        user: req.user,
      })
    : null
  const rows =
    result?.docs.map((c) => {
      const article = typeof c.article === 'object' ? c.article : null
      return {
        id: c.id,
        content: c.content,
        authorName: c.authorName,
        authorEmail: c.authorEmail ?? '',
        when: formatArticleDate(c.createdAt),
        flags: (c.flags ?? []).map((f) => FLAG_LABELS[f] ?? f),
        articleTitle: article?.title ?? `#${String(c.article)}`,
        articleSlug: article?.slug ?? null,
        isReply: Boolean(c.parent),
      }
    }) ?? []
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={initPageResult.locale}
      params={params}
      payload={payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingTop: 24, paddingBottom: 48 }}>
        <h1>Bình luận chờ duyệt</h1>
        {!allowed ? (
          <p>Chỉ kiểm duyệt viên và quản trị viên xem được hàng đợi này.</p>
        ) : (
          <>
            <p data-testid="queue-count">{`Còn ${result!.totalDocs} bình luận chờ duyệt (cũ nhất trước).`}</p>
            <QueueActions
              rows={rows}
              reasons={REJECTION_REASONS.map((r) => ({ value: r.value, label: r.label }))}
            />
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}
