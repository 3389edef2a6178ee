import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { createBackup } from './createBackup'
import { DAILY_PREFIX, pruneBackups } from './pruneBackups'
import { backupDir, backupKeep } from './settings'

export type DailyBackupResult = { file: string; created: boolean; pruned: string[] }

/** The calendar day in Vietnam (the portal's readers and operators), YYYY-MM-DD. */
export const vietnamDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(at)

/**
 * One archive per day, named by the day: a second run that day (a retry, a restarted worker, a
 * duplicate job) finds it and writes nothing. Then only the BACKUP_KEEP newest dailies stay.
 */
export async function dailyBackup(opts: {
  databaseUrl: string
  now?: Date
  dir?: string
  keep?: number
}): Promise<DailyBackupResult> {
  const dir = opts.dir ?? backupDir()
  mkdirSync(dir, { recursive: true })
  const name = `${DAILY_PREFIX}${vietnamDay(opts.now ?? new Date())}.tar.gz`
  const file = path.join(dir, name)
  const created = !existsSync(file)
  if (created) await createBackup({ databaseUrl: opts.databaseUrl, dir, name })
  return { file, created, pruned: pruneBackups(dir, opts.keep ?? backupKeep()) }
}
