import type { Payload, Where } from 'payload'

import type { User } from '../payload-types'
import { hasRoleAnywhere, sitesWithRole } from '../sites/siteRoles'
import { findReturnedToMe } from './findReturnedToMe'
import { toWorkItem, type Bucket } from './workItem'
export type MyWork = {
  toReview: Bucket
  returned: Bucket
  assigned: Bucket
  overdue: Bucket
  /** Pending comments on the sites the user moderates; null for those who do not moderate. */
  pendingComments: number | null
  unreadNotifications: number
}

const LIMIT = 50

/**
 * What waits on a person ("Việc của tôi", the admin's dashboard and GET /api/my-work): articles to
 * review on the sites where they are editor or chief, their own articles returned to them,
 * articles assigned to them (not yet published) and, of those, the overdue ones; pending
 * comments for moderators. Read from the latest versions (drafts), as the editors see them.
 */
export async function findMyWork(payload: Payload, user: User): Promise<MyWork> {
  const reviewSites = sitesWithRole(user, 'editor', 'editor-in-chief')
  const assigned: Where = {
    and: [{ assignee: { equals: user.id } }, { workflowState: { not_equals: 'published' } }],
  }
  const [toReview, returned, mine, overdue, pendingComments, unread] = await Promise.all([
    reviewSites === 'all' || reviewSites.length
      ? articles(payload, {
          and: [
            // Submitted articles, and corrections to live ones waiting for review.
            {
              or: [
                { workflowState: { equals: 'in_review' } },
                { correction: { equals: 'in_review' } },
              ],
            },
            ...(reviewSites === 'all' ? [] : [{ site: { in: reviewSites } }]),
          ],
        })
      : empty(),
    findReturnedToMe(payload, user.id),
    articles(payload, assigned),
    articles(payload, {
      and: [...assigned.and!, { dueDate: { less_than: new Date().toISOString() } }],
    }),
    hasRoleAnywhere(user, 'admin', 'moderator')
      ? payload
          .count({
            collection: 'comments',
            where: { status: { equals: 'pending' } },
            // With the moderator's own access: the sites they moderate only.
            overrideAccess: false,
            user,
          })
          .then((r) => r.totalDocs)
      : null,
    payload
      .count({
        collection: 'notifications',
        where: { and: [{ recipient: { equals: user.id } }, { read: { equals: false } }] },
        overrideAccess: true,
      })
      .then((r) => r.totalDocs),
  ])
  return {
    toReview,
    returned,
    assigned: mine,
    overdue,
    pendingComments,
    unreadNotifications: unread,
  }
}

const empty = async (): Promise<Bucket> => ({ count: 0, items: [] })

async function articles(payload: Payload, where: Where): Promise<Bucket> {
  const { docs, totalDocs } = await payload.find({
    collection: 'articles',
    where,
    draft: true,
    sort: 'dueDate',
    limit: LIMIT,
    depth: 0,
    overrideAccess: true,
    select: { title: true, site: true, workflowState: true, dueDate: true },
  })
  return { count: totalDocs, items: docs.map(toWorkItem) }
}
