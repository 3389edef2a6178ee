import type { Payload } from 'payload'

import { searchClient, searchConfigured } from './client'
import { SYNC_TASK, syncTarget, type SyncInput } from './syncToSearchTask'

export type SearchSyncResumer = { check: () => Promise<void> }

/**
 * Run by the worker between queue passes. While Meilisearch is down, sync jobs back off
 * exponentially and may run out of attempts; when it answers again, waiting jobs are made due
 * now and failed ones queued afresh, so every change made during the outage lands.
 */
export function searchSyncResumer(payload: Payload): SearchSyncResumer {
  let wasDown = false
  let nextFailedPass = 0
  return {
    check: async () => {
      if (!searchConfigured()) return
      const healthy = await searchClient()
        .isHealthy()
        .catch(() => false)
      if (!healthy) {
        if (!wasDown)
          payload.logger.warn('Meilisearch không trả lời: các thay đổi chờ trong hàng đợi')
        wasDown = true
        return
      }
      if (wasDown) {
        wasDown = false
        const resumed = await makeWaitingJobsDue(payload)
        payload.logger.info(`Meilisearch đã trở lại: ${resumed} công việc đồng bộ chạy ngay`)
      }
      if (Date.now() >= nextFailedPass) {
        nextFailedPass = Date.now() + 60_000
        await requeueFailedJobs(payload)
      }
    },
  }
}

const pendingSync = [
  { taskSlug: { equals: SYNC_TASK } },
  { completedAt: { exists: false } },
  { processing: { equals: false } },
] as const

async function makeWaitingJobsDue(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        ...pendingSync,
        { hasError: { equals: false } },
        { waitUntil: { greater_than: new Date().toISOString() } },
      ],
    },
    data: { waitUntil: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** A job out of attempts is queued again (its concurrency key supersedes the failed row). */
async function requeueFailedJobs(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [...pendingSync, { hasError: { equals: true } }] },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  for (const job of docs) {
    const target = syncTarget(job.input as SyncInput | null)
    if (target) await payload.jobs.queue({ task: SYNC_TASK, input: job.input as SyncInput })
    else await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  }
  if (docs.length)
    payload.logger.warn(
      `Đưa lại ${docs.length} công việc đồng bộ tìm kiếm đã thất bại vào hàng đợi`,
    )
  return docs.length
}
