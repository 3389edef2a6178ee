import type { Payload, TypedUser, Where } from 'payload'
import React from 'react'

import { formatArticleDate } from '../../lib/vietnamese'
import { formatPendingAge } from './formatPendingAge'
import { HighlightedText } from './HighlightedText'
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
  const now = new Date()
  return (
    <>
      <p data-testid="queue-count">{`Còn ${totalDocs} ${type.label.toLowerCase()} chờ xử lý (cũ nhất trước).`}</p>
      <ol className="mq-list">
        {docs.map((d) => {
          const about =
            'consultation' in d && typeof d.consultation === 'object'
              ? `Dự thảo: ${d.consultation.title}`
              : 'title' in d
                ? `Câu hỏi: ${d.title}`
                : ''
          return (
            <li key={d.id} className="mq-item">
              <p className="mq-item__head mq-wrap" style={{ margin: 0 }}>
                <strong>{d.authorName}</strong>
                {d.authorEmail ? ` <${d.authorEmail}>` : ''} — {formatArticleDate(d.createdAt)}
                {` — chờ ${formatPendingAge(d.createdAt, now)}`}
              </p>
              <p className="mq-muted mq-wrap">{about}</p>
              <p className="mq-item__content mq-wrap">
                <HighlightedText text={d.content} matches={d.matchedWords} />
              </p>
              <a href={`/admin/collections/${type.collection}/${d.id}`}>Mở để xử lý</a>
            </li>
          )
        })}
      </ol>
    </>
  )
}
