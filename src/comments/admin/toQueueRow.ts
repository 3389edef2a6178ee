import type { Comment } from '../../payload-types'
import { idOf } from '../../sites/siteRoles'
import type { ModeratedSite } from '../moderatedSites'
import { REJECTION_REASONS } from '../rejectionReasons'
import { formatPendingAge } from './formatPendingAge'
import { QUEUE_FLAGS } from './queueFilters'
import type { QueueRow } from './queueTypes'

/** A comment (read with depth 1) as the queue shows it, with its site's name and public link. */
export function toQueueRow(c: Comment, sites: ModeratedSite[], now: Date): QueueRow {
  const article = typeof c.article === 'object' ? c.article : null
  const site = sites.find((s) => s.id === idOf(c.site as never))
  return {
    id: c.id,
    content: c.content,
    matchedWords: c.matchedWords ?? [],
    authorName: c.authorName,
    authorEmail: c.authorEmail ?? '',
    createdAt: c.createdAt,
    age: formatPendingAge(c.createdAt, now),
    flags: (c.flags ?? []).map((f) => QUEUE_FLAGS.find((q) => q.value === f)?.label ?? f),
    reason:
      c.status === 'rejected'
        ? c.rejectionReason === 'khac'
          ? `Khác: ${c.rejectionNote ?? ''}`
          : (REJECTION_REASONS.find((r) => r.value === c.rejectionReason)?.label ?? '')
        : '',
    articleTitle: article?.title ?? `#${String(c.article)}`,
    articleHref: article?.slug
      ? `${site && !site.isMain ? `/don-vi/${site.slug}` : ''}/tin-tuc/${article.slug}`
      : null,
    isReply: Boolean(c.parent),
    siteName: site?.name ?? '',
  }
}
