import type { Payload, TypedUser, Where } from 'payload'
import React from 'react'

import { formatArticleDate } from '../../lib/vietnamese'
import type { ModeratedSite } from '../moderatedSites'
import type { QueueType } from './queueTypes'

/**
 * The pending feedback on drafts or questions of the sites the user may read (their own access),
 * oldest first, each linking to its edit view where it is handled (received, spam; assigned,
 * answered, published).
 */
export async function CitizenTextQueue(props: {
  payload: Payload
  user: TypedUser | null
  type: Exclude<QueueType, { value: 'binh-luan' }>
  site: ModeratedSite | undefined
}) {
  const { payload, type, site } = props
  const where: Where = {
    and: [{ status: { equals: 'pending' } }, ...(site ? [{ site: { equals: site.id } }] : [])],
  }
  const { docs, totalDocs } = await payload.find({
    collection: type.collection,
    where,
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    overrideAccess: false,
    user: props.user,
  })
  return (
    <>
      <p data-testid="queue-count">{`Còn ${totalDocs} ${type.label.toLowerCase()} chờ xử lý (cũ nhất trước).`}</p>
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {docs.map((d) => {
          const about =
            'consultation' in d && typeof d.consultation === 'object'
              ? `Dự thảo: ${d.consultation.title}`
              : 'title' in d
                ? `Câu hỏi: ${d.title}`
                : ''
          return (
            <li
              key={d.id}
              style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: '12px 0' }}
            >
              <strong>{d.authorName}</strong>
              {d.authorEmail ? ` <${d.authorEmail}>` : ''} — {formatArticleDate(d.createdAt)}
              <p style={{ margin: '4px 0', opacity: 0.8 }}>{about}</p>
              <p style={{ whiteSpace: 'pre-line', margin: '6px 0' }}>{d.content}</p>
              <a href={`/admin/collections/${type.collection}/${d.id}`}>Mở để xử lý</a>
            </li>
          )
        })}
      </ol>
    </>
  )
}
