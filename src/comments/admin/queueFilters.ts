import type { Where } from 'payload'

import type { ModeratedSite } from '../moderatedSites'
import { REJECTION_REASONS } from '../rejectionReasons'

export const QUEUE_STATUSES = [
  { value: 'pending', label: 'Chờ duyệt' },
  { value: 'rejected', label: 'Đã từ chối' },
  { value: 'spam', label: 'Thư rác' },
] as const

export const QUEUE_FLAGS = [
  { value: 'tu-cam-gan-dung', label: 'Gần giống từ cấm' },
  { value: 'tu-nghi-van', label: 'Có từ nghi vấn' },
  { value: 'nhieu-lien-ket', label: 'Nhiều liên kết' },
  { value: 'honeypot', label: 'Máy gửi' },
] as const

/** The queue's filters as the URL carries them (?site=&bai=&canh-bao=&trang-thai=&ly-do=). */
export type QueueFilters = {
  site?: number
  article?: number
  flag?: string
  status: (typeof QUEUE_STATUSES)[number]['value']
  reason?: string
}

const param = (v: unknown) => (Array.isArray(v) ? v[0] : v) as string | undefined
const positive = (v: unknown) => {
  const n = Number(param(v))
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** Only values the queue knows: a site the user moderates, a known flag, status and reason. */
export function readQueueFilters(
  params: Record<string, unknown> | undefined,
  sites: ModeratedSite[],
): QueueFilters {
  const p = params ?? {}
  const site = positive(p.site)
  const flag = param(p['canh-bao'])
  const reason = param(p['ly-do'])
  const status = QUEUE_STATUSES.find((s) => s.value === param(p['trang-thai']))?.value
  const knownReason = REJECTION_REASONS.some((r) => r.value === reason) ? reason : undefined
  return {
    site: sites.some((s) => s.id === site) ? site : undefined,
    article: positive(p.bai),
    flag: QUEUE_FLAGS.some((f) => f.value === flag) ? flag : undefined,
    // A reason only exists on rejected comments: choosing one shows those.
    status: knownReason ? 'rejected' : (status ?? 'pending'),
    reason: knownReason,
  }
}

/** The comments the filters select (read with the moderator's own access: their sites only). */
export function queueWhere(f: QueueFilters): Where {
  return {
    and: [
      { status: { equals: f.status } },
      ...(f.site ? [{ site: { equals: f.site } }] : []),
      ...(f.article ? [{ article: { equals: f.article } }] : []),
      ...(f.flag ? [{ flags: { in: [f.flag] } }] : []),
      ...(f.reason ? [{ rejectionReason: { equals: f.reason } }] : []),
    ],
  }
}
