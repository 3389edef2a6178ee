import {
  copyFileSync,
  linkSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
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
    const listed = withMedia ? listMediaFiles(media) : []
    opts.progress?.start((await countTables(opts.databaseUrl)) + listed.length + 1)

    const db = await dumpDatabase(opts.databaseUrl, staging, () => opts.progress?.step())
    const parts: Record<string, Digest> = { ...db.parts }
    let mediaBytes = 0
    const mediaFiles: string[] = []
    for (const file of listed) {
      // The portal keeps serving: an upload deleted meanwhile is skipped, and the archive holds
      // the staged copy it was hashed from, not a file that may change before tar reads it.
      const staged = stageFile(path.join(media, file), path.join(staging, 'media', file))
      opts.progress?.step()
      if (!staged) continue
      const digest = await hashFile(staged)
      parts[`media/${file}`] = digest
      mediaBytes += digest.bytes
      mediaFiles.push(file)
    }

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
    await createTar({ gzip: true, file: partial, cwd: staging, portable: true }, entries)
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

/** A hard link (a copy across file systems) of `from` at `to`; null when `from` is gone. */
function stageFile(from: string, to: string): string | null {
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    linkSync(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    if (code !== 'EXDEV' && code !== 'EPERM') throw error
    try {
      copyFileSync(from, to)
    } catch (copyError) {
      if ((copyError as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw copyError
    }
  }
  return to
}
