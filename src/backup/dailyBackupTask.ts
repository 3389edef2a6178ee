import { recordAudit } from '../audit/recordAudit'
import type { TaskConfig } from 'payload'

import { dailyBackup } from './dailyBackup'

export const BACKUP_TASK = 'dailyBackup'

/**
 * The worker's nightly backup, through Payload's scheduler: the worker calls
 * `payload.jobs.handleSchedules`, which queues one job for the next BACKUP_CRON time (default
 * 02:00 server time) and never a second while one waits. The handler is idempotent by day.
 * Completed jobs stay like the others (JOBS_KEEP_DAYS), the record that each night ran.
 */
export const dailyBackupTask: TaskConfig<{
  input: Record<string, never>
  output: { file: string; created: boolean; pruned: number }
}> = {
  slug: BACKUP_TASK,
  label: 'Sao lưu hằng ngày',
  schedule: [{ cron: process.env.BACKUP_CRON || '0 0 2 * * *', queue: 'backups' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [
    { name: 'file', type: 'text' },
    { name: 'created', type: 'checkbox' },
    { name: 'pruned', type: 'number' },
  ],
  handler: async ({ req }) => {
    const result = await dailyBackup({ databaseUrl: process.env.DATABASE_URL! })
    if (result.created)
      await recordAudit(req, { action: 'backup', target: result.file, user: null })
    return { output: { file: result.file, created: result.created, pruned: result.pruned.length } }
  },
}
