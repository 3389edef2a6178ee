import type { ModeratedSite } from '../moderatedSites'
import { REJECTION_REASONS } from '../rejectionReasons'
import type { QueueArticle } from './queueArticles'
import type { FilterChoice } from './QueueFilterBar'
import { QUEUE_FLAGS, QUEUE_STATUSES, type QueueFilters } from './queueFilters'
import { QUEUE_TYPES, type QueueType } from './queueTypes'

export const REASON_OPTIONS = REJECTION_REASONS.map((r) => ({ value: r.value, label: r.label }))

const str = (v: unknown) => (v === undefined ? '' : String(v))

/**
 * The queue's filter bar: the type always, the site for those who moderate several, and for
 * comments their status, article (those with comments in that status), flag and reason.
 */
export function queueFilterChoices(args: {
  type: QueueType
  sites: ModeratedSite[]
  filters: QueueFilters
  articles: QueueArticle[] | null
}): FilterChoice[] {
  const { type, sites, filters: f, articles } = args
  const site: FilterChoice = {
    param: 'site',
    label: 'Trang đơn vị',
    value: str(f.site),
    options: sites.map((s) => ({ value: String(s.id), label: s.name })),
  }
  return [
    {
      param: 'loai',
      label: 'Loại',
      value: type.value,
      options: [...QUEUE_TYPES],
      clearable: false,
    },
    ...(sites.length > 1 ? [site] : []),
    ...(articles
      ? [
          {
            param: 'trang-thai',
            label: 'Trạng thái',
            value: f.status,
            options: [...QUEUE_STATUSES],
            clearable: false,
          },
          {
            param: 'bai',
            label: 'Bài viết',
            value: str(f.article),
            options: articles.map((a) => ({
              value: String(a.id),
              label: `${a.title} (${a.count})`,
            })),
          },
          { param: 'canh-bao', label: 'Cảnh báo', value: str(f.flag), options: [...QUEUE_FLAGS] },
          { param: 'ly-do', label: 'Lý do từ chối', value: str(f.reason), options: REASON_OPTIONS },
        ]
      : []),
  ]
}
