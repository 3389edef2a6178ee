import type { Payload } from 'payload'

/** A scheduled article still not live this long after its time has stalled (the worker is down or failing). */
export const OVERDUE_AFTER_MINUTES = 5
export const OVERDUE_AFTER_SQL = `interval '${OVERDUE_AFTER_MINUTES} minutes'`

export type OverdueArticle = { id: number; title: string; publishedAt: string }

/**
 * Approved for publication (workflow state `published`), its time more than 5 minutes past, yet
 * still not live: the publish job has not run. Payload's scheduled publishing can stall silently,
 * so the admin and /api/health both show these.
 */
export async function findOverdueArticles(
  payload: Payload,
  limit = 20,
): Promise<{ total: number; docs: OverdueArticle[] }> {
  const cutoff = new Date(Date.now() - OVERDUE_AFTER_MINUTES * 60_000).toISOString()
  const { docs, totalDocs } = await payload.find({
    collection: 'articles',
    where: {
      and: [
        { workflowState: { equals: 'published' } },
        { _status: { not_equals: 'published' } },
        { publishedAt: { less_than: cutoff } },
      ],
    },
    sort: 'publishedAt',
    limit,
    depth: 0,
    overrideAccess: true,
    select: { title: true, publishedAt: true },
  })
  return {
    total: totalDocs,
    docs: docs.map((d) => ({ id: d.id, title: d.title, publishedAt: d.publishedAt! })),
  }
}
