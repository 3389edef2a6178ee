import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { migrations as codeMigrations } from '../migrations'
import { reindexAll, type ReindexReport } from '../search/reindex'
import { searchConfigured } from '../search/client'
import type { BackupProgress } from './createBackup'
import { loadDatabase } from './loadDatabase'
import type { Manifest } from './manifest'
import { checkSchema, openBackup } from './openBackup'
import { backupDir, mediaDir } from './settings'
import { swapMediaDir } from './swapMediaDir'

export type RestoreReport = {
  manifest: Manifest
  applied: string[]
  /** The articles index rebuilt (null without Meilisearch); `reindexDocuments` the documents'. */
  reindex: ReindexReport | null
  reindexDocuments: ReindexReport | null
  seconds: number
}

/**
 * Restores an archive into the database Payload runs on: check the archive (sha256 of every
 * part) and its schema, replace the database in one transaction (loadDatabase), swap the media
 * folder, bring the code's newer migrations, then rebuild the search index from the restored rows.
 * Nothing is changed before the archive has passed every check.
 */
export async function restoreBackup(opts: {
  payload: Payload
  databaseUrl: string
  file: string
  media?: string
  progress?: BackupProgress
}): Promise<RestoreReport> {
  const started = Date.now()
  const work = unpackDir()
  try {
    const manifest = await openBackup(opts.file, work)
    checkSchema(
      manifest,
      codeMigrations.map((m) => m.name),
    )
    opts.progress?.start(manifest.tables.length + 2)
    const { applied } = await loadDatabase({
      databaseUrl: opts.databaseUrl,
      dir: work,
      manifest,
      onTable: opts.progress?.step,
    })
    if (manifest.media.included) {
      const unpacked = path.join(work, 'media')
      if (!existsSync(unpacked)) mkdirSync(unpacked)
      swapMediaDir(unpacked, opts.media ?? mediaDir())
    }
    opts.progress?.step()
    const [reindex = null, reindexDocuments = null] = searchConfigured()
      ? await reindexAll(opts.payload)
      : []
    opts.progress?.step()
    return {
      manifest,
      applied,
      reindex,
      reindexDocuments,
      seconds: (Date.now() - started) / 1000,
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** A private folder for the unpacked archive, inside BACKUP_DIR (usually beside the media). */
export function unpackDir(): string {
  mkdirSync(backupDir(), { recursive: true })
  return mkdtempSync(path.join(backupDir(), '.restore-'))
}
