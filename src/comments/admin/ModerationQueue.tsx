import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRoleAnywhere, idOf } from '../../sites/siteRoles'
import { formatArticleDate } from '../../lib/vietnamese'
import { moderatedSites, pendingWhere } from '../moderatedSites'
import { REJECTION_REASONS } from '../rejectionReasons'
import { CitizenTextQueue } from './CitizenTextQueue'
import { QueueActions } from './QueueActions'
import { QUEUE_TYPES, queueType } from './queueTypes'

const FLAG_LABELS: Record<string, string> = {
  'tu-nghi-van': 'Có từ nghi vấn',
  'tu-cam-gan-dung': 'Gần giống từ cấm',
  'nhieu-lien-ket': 'Nhiều liên kết',
  honeypot: 'Máy gửi',
}

/**
 * /admin/binh-luan-cho-duyet[?site=ID][&loai=binh-luan|gop-y|cau-hoi]: pending comments (or
 * feedback on drafts, or questions) of the sites the user moderates, oldest first, each with its
 * site; a type filter, and a site filter when they moderate more than one.
 */
export async function ModerationQueue(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams, i18n, payload } = props
  const { req, visibleEntities } = initPageResult
  const allowed = hasRoleAnywhere(req.user, 'admin', 'moderator')
  const sites = allowed ? await moderatedSites(payload, req.user) : []
  const chosen = searchParams?.site
  const type = queueType(searchParams?.loai)
  // With the moderator's own access: the pending comments of the sites they moderate only.
  const result =
    allowed && type.value === 'binh-luan'
      ? await payload.find({
          collection: 'comments',
          where: pendingWhere(chosen, sites),
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
      const site = sites.find((s) => s.id === idOf(c.site))
      return {
        siteName: site?.name ?? '',
        id: c.id,
        content: c.content,
        authorName: c.authorName,
        authorEmail: c.authorEmail ?? '',
        when: formatArticleDate(c.createdAt),
        flags: (c.flags ?? []).map((f) => FLAG_LABELS[f] ?? f),
        articleTitle: article?.title ?? `#${String(c.article)}`,
        articleHref: article?.slug
          ? `${site && !site.isMain ? `/don-vi/${site.slug}` : ''}/tin-tuc/${article.slug}`
          : null,
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
            <form method="get" style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
              <label htmlFor="queue-type">Loại</label>
              <select id="queue-type" name="loai" defaultValue={type.value}>
                {QUEUE_TYPES.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
              {sites.length > 1 ? (
                <>
                  <label htmlFor="queue-site">Trang đơn vị</label>
                  <select id="queue-site" name="site" defaultValue={String(chosen ?? '')}>
                    <option value="">Tất cả trang đơn vị</option>
                    {sites.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </>
              ) : null}
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                Lọc
              </button>
            </form>
            {type.value === 'binh-luan' ? (
              <>
                <p data-testid="queue-count">{`Còn ${result!.totalDocs} bình luận chờ duyệt (cũ nhất trước).`}</p>
                <QueueActions
                  rows={rows}
                  reasons={REJECTION_REASONS.map((r) => ({ value: r.value, label: r.label }))}
                />
              </>
            ) : (
              <CitizenTextQueue
                payload={payload}
                user={req.user}
                type={type}
                site={sites.find((s) => String(s.id) === String(chosen))}
              />
            )}
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}
