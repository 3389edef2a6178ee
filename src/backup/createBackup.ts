import { mkdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { create as createTar } from 'tar'

import { appVersions } from './appVersions'
import { dumpDatabase } from './dumpDatabase'
import { hashFile, type Digest } from './hashFile'
import { countUploads, listMediaFiles } from './listMediaFiles'
import { MANIFEST_FORMAT, type Manifest } from './manifest'
import { backupDir, mediaDir, mediaInS3 } from './settings'

export type BackupProgress = { start: (steps: number) => void; step: () => void }
export type BackupResult = {
  file: string
  manifest: Manifest
  archiveBytes: number
  seconds: number
}

/**
 * Writes one archive `BACKUP_DIR/<name>`: manifest.json, database/<table>.copy (one consistent
 * snapshot) and media/… (unless the uploads live in S3). It is built beside its final name and
 * renamed at the end, so a crash never leaves a file that looks complete.
 */
export async function createBackup(opts: {
  databaseUrl: string
  dir?: string
  name?: string
  media?: string
  progress?: BackupProgress
}): Promise<BackupResult> {
  const started = Date.now()
  const dir = opts.dir ?? backupDir()
  const name =
    opts.name ??
    `backup-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}Z.tar.gz`
  const media = opts.media ?? mediaDir()
  const staging = path.join(dir, `.staging-${process.pid}-${started}`)
  const partial = path.join(dir, `.${name}.partial`)
  mkdirSync(staging, { recursive: true })
  try {
    const withMedia = !mediaInS3()
    const mediaFiles = withMedia ? listMediaFiles(media) : []
    opts.progress?.start((await countTables(opts.databaseUrl)) + mediaFiles.length + 1)

    const db = await dumpDatabase(opts.databaseUrl, staging, () => opts.progress?.step())
    const parts: Record<string, Digest> = { ...db.parts }
    let mediaBytes = 0
    for (const file of mediaFiles) {
      const digest = await hashFile(path.join(media, file))
      parts[`media/${file}`] = digest
      mediaBytes += digest.bytes
      opts.progress?.step()
    }
    // tar reads the uploads in place through this link (follow: true), no copy on disk.
    if (mediaFiles.length) symlinkSync(path.resolve(media), path.join(staging, 'media'))

    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      createdAt: new Date().toISOString(),
      ...appVersions(),
      postgresVersion: db.postgresVersion,
      migrations: db.migrations,
      latestMigration: db.latestMigration,
      counts: { ...db.counts, mediaFiles: countUploads(mediaFiles) },
      tables: db.tables,
      sequences: db.sequences,
      media: withMedia
        ? { included: true }
        : {
            included: false,
            note: `Ảnh và tệp nằm trong S3 (bucket ${process.env.S3_BUCKET}), không có trong bản sao lưu này.`,
          },
      parts,
      sizes: {
        databaseBytes: Object.entries(db.parts).reduce((sum, [, d]) => sum + d.bytes, 0),
        mediaBytes,
      },
    }
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const entries = ['manifest.json', 'database', ...mediaFiles.map((f) => `media/${f}`)]
    await createTar(
      { gzip: true, file: partial, cwd: staging, follow: true, portable: true },
      entries,
    )
    renameSync(partial, path.join(dir, name))
    opts.progress?.step()
    const file = path.join(dir, name)
    return {
      file,
      manifest,
      archiveBytes: statSync(file).size,
      seconds: (Date.now() - started) / 1000,
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
    rmSync(partial, { force: true })
  }
}

async function countTables(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    return Number(
      (await client.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`))
        .rows[0].n,
    )
  } finally {
    await client.end().catch(() => {})
  }
}
