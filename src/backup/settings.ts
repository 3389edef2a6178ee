import path from 'node:path'

import { dataDir, repoRoot } from '../launcher/paths'

/** Where archives go: BACKUP_DIR, default .data/backups. */
export const backupDir = () => process.env.BACKUP_DIR || path.join(dataDir, 'backups')

/** How many daily archives the worker keeps: BACKUP_KEEP, default 14. */
export const backupKeep = () => Math.max(1, Number(process.env.BACKUP_KEEP || 14))

/** The uploads folder Media writes to (same default as src/collections/Media.ts). */
export const mediaDir = () => process.env.MEDIA_DIR || path.join(repoRoot, 'media')

/** With S3 the uploads live in the bucket: the archive holds the database only and says so. */
export const mediaInS3 = () => Boolean(process.env.S3_BUCKET)
