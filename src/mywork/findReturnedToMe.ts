import type { Payload } from 'payload'

import { idOf } from '../sites/siteRoles'
import { toWorkItem, type Bucket } from './workItem'

/**
 * The user's own drafts whose last move was a return from review (with its note): what they must
 * rework. A draft never submitted, or one re-submitted since, is not "returned".
 */
export async function findReturnedToMe(payload: Payload, userId: number): Promise<Bucket> {
  const { docs: drafts } = await payload.find({
    collection: 'articles',
    where: { and: [{ createdBy: { equals: userId } }, { workflowState: { equals: 'draft' } }] },
    draft: true,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { title: true, site: true, workflowState: true, dueDate: true },
  })
  if (!drafts.length) return { count: 0, items: [] }
  const { docs: moves } = await payload.find({
    collection: 'article-transitions',
    where: { article: { in: drafts.map((d) => d.id) } },
    sort: '-id',
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { article: true, from: true, to: true, note: true },
  })
  const last = new Map<number, (typeof moves)[number]>()
  for (const m of moves) {
    const id = idOf(m.article as never)
    if (id !== null && !last.has(id)) last.set(id, m)
  }
  const items = drafts.flatMap((d) => {
    const m = last.get(d.id)
    return m && m.from === 'in_review' && m.to === 'draft'
      ? [{ ...toWorkItem(d), note: m.note }]
      : []
  })
  return { count: items.length, items }
}
