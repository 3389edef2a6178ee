import type { Payload } from 'payload'

import { purgeAuditLog } from '../audit/purgeAuditLog'
import { purgeAddressHashes } from '../comments/purgeAddressHashes'
import { sqlPool } from '../lib/sqlPool'
import { searchConfigured } from '../search/client'
import { searchIndexes } from '../search/searchIndexes'
import { searchSyncResumer } from '../search/resumeSearchSync'
import { ensureIndexSettings } from '../search/settings'
import { purgeVisits } from '../stats/purgeVisits'

export type JobWorker = { stop: () => Promise<void> }

/**
 * Runs Payload's jobs queue (scheduled publishing, search sync …) in this process. One worker per
 * deployment: Payload does not lock job pickup, so the launcher starts exactly one.
 */
export function startJobWorker(payload: Payload, opts: { intervalMs?: number } = {}): JobWorker {
  const intervalMs = opts.intervalMs ?? Number(process.env.JOBS_INTERVAL_MS || 2000)
  let stopping = false
  let wake: (() => void) | null = null

  const limit = Number(process.env.JOBS_BATCH || 100)
  const search = searchSyncResumer(payload)
  let nextPurge = 0
  let nextVisitPurge = 0
  const loop = (async () => {
    await recoverStuckJobs(payload)
    // Index settings are code: written at start-up (and again by the first sync if this fails).
    if (searchConfigured()) {
      for (const index of Object.values(searchIndexes))
        await ensureIndexSettings(index.indexName(), index.settings).catch((err) =>
          payload.logger.warn({ err, msg: 'Chưa ghi được cài đặt chỉ mục tìm kiếm' }),
        )
    }
    while (!stopping) {
      let busy = false
      if (Date.now() >= nextVisitPurge) {
        // Every 10 minutes: visitor hashes of a day that is over, hourly counts past 30 days.
        nextVisitPurge = Date.now() + 600_000
        await purgeVisits(sqlPool(payload)).catch((err) =>
          payload.logger.error({ err, msg: 'Không xóa được dữ liệu lượt truy cập cũ' }),
        )
      }
      if (Date.now() >= nextPurge) {
        // Hourly: address hashes older than 90 days are personal data we no longer need.
        nextPurge = Date.now() + 3_600_000
        await purgeAddressHashes(payload).catch((err) =>
          payload.logger.error({ err, msg: 'Không xóa được mã địa chỉ cũ' }),
        )
        await purgeCompletedJobs(payload).catch((err) =>
          payload.logger.error({ err, msg: 'Không xóa được công việc cũ' }),
        )
        await purgeAuditLog(payload).catch((err) =>
          payload.logger.error({ err, msg: 'Không xóa được nhật ký kiểm tra cũ' }),
        )
        // Scheduled tasks (the daily backup): queue the next run, waiting until its time.
        await payload.jobs
          .handleSchedules({ allQueues: true })
          .catch((err) =>
            payload.logger.error({ err, msg: 'Không lên lịch được công việc định kỳ' }),
          )
      }
      try {
        await search.check()
        const result = await payload.jobs.run({ allQueues: true, limit })
        // A full batch means more are waiting: go again without sleeping.
        busy = Object.keys(result.jobStatus ?? {}).length >= limit
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Lỗi khi chạy hàng đợi công việc' })
      }
      if (busy) continue
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, intervalMs)
      })
    }
  })()

  return {
    stop: async () => {
      stopping = true
      wake?.()
      await loop
    },
  }
}

/**
 * A job left "processing" by a crashed worker is never picked up again by Payload (#17645).
 * With one worker per deployment, anything processing when it starts is orphaned.
 */
export async function recoverStuckJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }] },
    data: { processing: false },
    overrideAccess: true,
  })
  if (docs.length) payload.logger.warn(`Đã khôi phục ${docs.length} công việc bị treo`)
  return docs.length
}

/** Completed jobs older than JOBS_KEEP_DAYS (7) days; their log rows go with them (cascade). */
export async function purgeCompletedJobs(payload: Payload): Promise<number> {
  const days = Number(process.env.JOBS_KEEP_DAYS || 7)
  const { rowCount } = await sqlPool(payload).query(
    `DELETE FROM payload_jobs WHERE completed_at < now() - make_interval(days => $1)`,
    [days],
  )
  return rowCount ?? 0
}
