import type { Payload } from 'payload'

import { purgeAddressHashes } from '../comments/purgeAddressHashes'

export type JobWorker = { stop: () => Promise<void> }

/**
 * Runs Payload's jobs queue (scheduled publishing, search sync …) in this process. One worker per
 * deployment: Payload does not lock job pickup, so the launcher starts exactly one.
 */
export function startJobWorker(payload: Payload, opts: { intervalMs?: number } = {}): JobWorker {
  const intervalMs = opts.intervalMs ?? Number(process.env.JOBS_INTERVAL_MS || 2000)
  let stopping = false
  let wake: (() => void) | null = null

  let nextPurge = 0
  const loop = (async () => {
    await recoverStuckJobs(payload)
    while (!stopping) {
      if (Date.now() >= nextPurge) {
        // Hourly: address hashes older than 90 days are personal data we no longer need.
        nextPurge = Date.now() + 3_600_000
        await purgeAddressHashes(payload).catch((err) => payload.logger.error({ err, msg: 'Không xóa được mã địa chỉ cũ' }))
      }
      try {
        await payload.jobs.run({ allQueues: true, limit: 50 })
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Lỗi khi chạy hàng đợi công việc' })
      }
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
