import type { Pool } from 'pg'

import { OVERDUE_AFTER_MINUTES } from './overdueArticles'
import { readJobFigures, type JobFigures } from './jobFigures'
import { searchStatus } from './searchStatus'
import { within } from '../lib/within'

export type Health = {
  /** "ok" while Postgres answers (the portal works, maybe without search); "error" otherwise. */
  status: 'ok' | 'error'
  database: 'up' | 'down'
  search: 'up' | 'down'
  jobs: { [K in keyof JobFigures]: number | null }
  /** What an operator should look at even though the portal is up, in Vietnamese. */
  warnings: string[]
}

const TIMEOUT_MS = 2000
const unknownJobs = {
  queued: null,
  failed: null,
  oldestQueuedSeconds: null,
  scheduled: null,
  overdue: null,
}

/**
 * The portal's state for a monitor: HTTP 200 while Postgres answers, 503 when it does not.
 * Meilisearch down only degrades search, so it stays 200 (with search "down" and a warning).
 * Both probes run side by side, each bounded by a short timeout.
 */
export async function readHealth(
  pool: () => Promise<Pool>,
): Promise<{ httpStatus: 200 | 503; body: Health }> {
  const [jobs, search] = await Promise.all([
    // Payload may still be starting (or failing to) while Postgres is away: bounded too.
    within(pool(), TIMEOUT_MS)
      .then((p) => readJobFigures(p, TIMEOUT_MS))
      .catch(() => null),
    searchStatus(TIMEOUT_MS),
  ])
  const warnings: string[] = []
  if (!jobs) warnings.push('Không kết nối được cơ sở dữ liệu PostgreSQL.')
  if (search === 'down')
    warnings.push('Máy chủ tìm kiếm Meilisearch không trả lời: chức năng tìm kiếm tạm ngừng.')
  if (jobs?.overdue)
    warnings.push(
      `${jobs.overdue} bài hẹn giờ đã quá ${OVERDUE_AFTER_MINUTES} phút mà chưa được xuất bản: kiểm tra tiến trình xử lý hàng đợi (worker).`,
    )
  if (jobs?.failed) warnings.push(`${jobs.failed} tác vụ trong hàng đợi đã thất bại hẳn.`)
  return {
    httpStatus: jobs ? 200 : 503,
    body: {
      status: jobs ? 'ok' : 'error',
      database: jobs ? 'up' : 'down',
      search,
      jobs: jobs ?? unknownJobs,
      warnings,
    },
  }
}
