import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createBackup, type BackupResult } from '../src/backup/createBackup'
import { dailyBackup } from '../src/backup/dailyBackup'
import { hashFile } from '../src/backup/hashFile'
import { loadDatabase } from '../src/backup/loadDatabase'
import type { Manifest } from '../src/backup/manifest'
import { openBackup } from '../src/backup/openBackup'
import { restoreBackup } from '../src/backup/restoreBackup'
import { restoreRefusal } from '../src/backup/restoreCommand'
import { verifyBackup } from '../src/backup/verifyBackup'
import { insertComment } from '../src/comments/insertComment'
import { startJobWorker } from '../src/launcher/worker'
import { ensureDatabase } from '../src/launcher/postgres'
import { repoRoot } from '../src/launcher/paths'
import { sqlPool } from '../src/lib/sqlPool'
import { migrations } from '../src/migrations'
import { articlesIndexName, searchClient } from '../src/search/client'
import { seedDemo } from '../src/seed'
import { rest } from './helpers/api'
import { startSearchPayload, waitForSyncDrained } from './helpers/search'

/**
 * Backups against the real engines: the demo content plus comments and uploaded images is
 * archived, the database and media are wiped, and the restore brings back the same counts, files
 * and search index. Bad archives (newer schema, corrupted, wrong rows) are refused and leave the
 * database exactly as it was.
 */
let payload: Payload
let stop: () => Promise<void>
let databaseUrl: string
let backup: BackupResult
const media = () => process.env.MEDIA_DIR!
const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-backups-'))

type Counts = {
  users: number
  articles: number
  comments: number
  media: number
  categories: number
  mediaFiles: number
  published: number
}
async function counts(): Promise<Counts> {
  const n = async (sql: string) => Number((await sqlPool(payload).query(sql)).rows[0].n)
  return {
    users: await n('SELECT count(*) AS n FROM users'),
    articles: await n('SELECT count(*) AS n FROM articles'),
    comments: await n('SELECT count(*) AS n FROM comments'),
    media: await n('SELECT count(*) AS n FROM media'),
    categories: await n('SELECT count(*) AS n FROM categories'),
    // Files only, in every folder (document files live in media/van-ban).
    mediaFiles: readdirSync(media(), { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && !f.name.startsWith('.'),
    ).length,
    published: await n(`SELECT count(*) AS n FROM articles WHERE _status = 'published'`),
  }
}

/** Rewrites an archive with `edit` applied to its unpacked files. */
async function tamper(edit: (unpacked: string) => void): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'portal-tamper-'))
  await extract({ file: backup.file, cwd: work })
  edit(work)
  const file = path.join(dir, `tampered-${Date.now()}.tar.gz`)
  await createTar({ gzip: true, file, cwd: work, portable: true }, readdirSync(work))
  rmSync(work, { recursive: true, force: true })
  return file
}
const editManifest = (work: string, change: (m: Manifest) => void) => {
  const m = JSON.parse(readFileSync(path.join(work, 'manifest.json'), 'utf8')) as Manifest
  change(m)
  writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(m))
}

beforeAll(async () => {
  ;({ payload, stop, databaseUrl } = await startSearchPayload({ BACKUP_DIR: dir }))
  await seedDemo(payload, { password: 'mat-khau-sao-luu-1' })
  const article = Number(
    (
      await sqlPool(payload).query(
        `SELECT id FROM articles WHERE _status = 'published' ORDER BY id LIMIT 1`,
      )
    ).rows[0].id,
  )
  for (let i = 0; i < 4; i++) {
    await insertComment(
      sqlPool(payload),
      {
        article,
        authorName: `Bạn đọc ${i}`,
        content: `Bình luận thứ ${i} về bài viết.`,
        consent: true,
      } as never,
      `hash${i}`,
      'pending',
      { flags: [], matched: [] },
    )
  }
  const worker = startJobWorker(payload, { intervalMs: 100 })
  await waitForSyncDrained(payload, 60_000)
  await worker.stop()
}, 240_000)

afterAll(async () => {
  await stop?.()
  rmSync(dir, { recursive: true, force: true })
})

describe('backup', () => {
  it('writes one archive with a manifest that matches the data', async () => {
    const before = await counts()
    expect(before.comments).toBe(4)
    expect(before.mediaFiles).toBeGreaterThan(0)
    backup = await createBackup({ databaseUrl })
    expect(path.dirname(backup.file)).toBe(dir)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tar.gz'))).toEqual([
      path.basename(backup.file),
    ])
    const m = backup.manifest
    expect(m.counts).toEqual({
      users: before.users,
      articles: before.articles,
      comments: 4,
      media: before.media,
      categories: before.categories,
      mediaFiles: before.mediaFiles,
    })
    expect(m.latestMigration).toBe(migrations.at(-1)!.name)
    expect(m.postgresVersion).toMatch(/^\d+\.\d+/)
    expect(m.payloadVersion).toBe('3.90.2')
    expect(m.media).toEqual({ included: true })
    expect(
      Object.keys(m.parts).filter((p) => p.startsWith('media/') && !p.endsWith('.gitkeep')),
    ).toHaveLength(before.mediaFiles)
  })

  it('restores into a wiped database and media folder: same counts, files, search index, working pages', async () => {
    const before = await counts()
    const someFile = readdirSync(media()).find((f) => !f.startsWith('.'))!
    const fileDigest = await hashFile(path.join(media(), someFile))
    // The disaster: every table gone, every upload gone, the search index gone.
    await sqlPool(payload).query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    rmSync(media(), { recursive: true, force: true })
    await searchClient().deleteIndex(articlesIndexName()).waitTask()

    const report = await restoreBackup({ payload, databaseUrl, file: backup.file })
    expect(report.applied).toEqual([])
    expect(await counts()).toEqual(before)
    expect(await hashFile(path.join(media(), someFile))).toEqual(fileDigest)
    expect(report.reindex?.indexed).toBe(before.published)
    expect((await searchClient().index(articlesIndexName()).getStats()).numberOfDocuments).toBe(
      before.published,
    )

    const search = await rest(payload, 'GET', '/api/search?limit=1')
    expect(search.status).toBe(200)
    expect(search.body.total).toBe(before.published)
    const list = await rest(payload, 'GET', '/api/articles?limit=100&depth=0')
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(before.published)
    // Sequences were restored: new rows do not collide with restored ids.
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'Chuyên mục sau khôi phục' },
    })
    expect(category.id).toBeGreaterThan(before.categories)
    await payload.delete({ collection: 'categories', id: category.id })
  })
})

describe('refusals leave the database as it was', () => {
  async function expectUntouched(run: () => Promise<unknown>, message: RegExp) {
    const before = await counts()
    const marker = await payload.create({
      collection: 'categories',
      data: { title: `Dấu ${Date.now()}` },
    })
    await expect(run()).rejects.toThrow(message)
    expect(await counts()).toEqual({ ...before, categories: before.categories + 1 })
    expect((await payload.findByID({ collection: 'categories', id: marker.id })).title).toBe(
      marker.title,
    )
    await payload.delete({ collection: 'categories', id: marker.id })
  }

  it('an archive from a newer schema', async () => {
    const file = await tamper((w) =>
      editManifest(w, (m) => m.migrations.push('20991231_000000_future')),
    )
    await expectUntouched(
      () => restoreBackup({ payload, databaseUrl, file }),
      /lược đồ mới hơn.*20991231_000000_future/,
    )
  })

  it('a truncated or corrupted file', async () => {
    const bytes = readFileSync(backup.file)
    const truncated = path.join(dir, 'truncated.tar.gz')
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expectUntouched(() => restoreBackup({ payload, databaseUrl, file: truncated }), /bị hỏng/)
    const flipped = Buffer.from(bytes)
    for (let i = 200; i < 260; i++) flipped[Math.floor(flipped.length / 2) + i] ^= 0xff
    const corrupt = path.join(dir, 'corrupt.tar.gz')
    writeFileSync(corrupt, flipped)
    await expectUntouched(() => restoreBackup({ payload, databaseUrl, file: corrupt }), /bị hỏng/)
  })

  it('a part whose sha256 does not match the manifest', async () => {
    const file = await tamper((w) => writeFileSync(path.join(w, 'database/users.copy'), ''))
    await expectUntouched(
      () => restoreBackup({ payload, databaseUrl, file }),
      /users\.copy sai mã kiểm tra sha256/,
    )
  })

  it('rows that fail half-way through the load (the transaction rolls back)', async () => {
    // A consistent archive (hash recomputed) whose comments file holds a row Postgres rejects.
    const file = await tamper((w) => {
      const part = path.join(w, 'database/comments.copy')
      writeFileSync(part, readFileSync(part, 'utf8') + 'not-a-number\tbroken\n')
      editManifest(
        w,
        (m) =>
          void (m.parts['database/comments.copy'] = {
            sha256: createHash('sha256').update(readFileSync(part)).digest('hex'),
            bytes: readFileSync(part).length,
          }),
      )
    })
    await expectUntouched(
      () => restoreBackup({ payload, databaseUrl, file }),
      /invalid input syntax/,
    )
  })

  it('without --yes', () => {
    expect(restoreRefusal([backup.file])).toMatch(/XÓA và THAY THẾ.*--yes/)
    expect(restoreRefusal([backup.file, '--yes'])).toBeNull()
  })
})

describe('restore drill (--verify)', () => {
  it('restores into a scratch database, compares, drops it, never touches the live one', async () => {
    const before = await counts()
    const report = await verifyBackup({ databaseUrl, file: backup.file })
    expect(report.differences).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.counts).toMatchObject({
      users: before.users,
      articles: before.articles,
      comments: 4,
      mediaFiles: before.mediaFiles,
    })
    expect(await counts()).toEqual(before)
    const scratch = await sqlPool(payload).query(
      `SELECT 1 FROM pg_database WHERE datname LIKE '%_restore_check'`,
    )
    expect(scratch.rowCount).toBe(0)
  })

  it('reports a difference when the archive does not hold what its manifest says', async () => {
    const file = await tamper((w) => editManifest(w, (m) => void (m.counts.articles += 1)))
    const report = await verifyBackup({ databaseUrl, file })
    expect(report.ok).toBe(false)
    expect(report.differences).toEqual([
      expect.stringMatching(/^articles: \d+ sau khi khôi phục, bản sao lưu ghi \d+$/),
    ])
  })
})

describe('older archives', () => {
  it('are brought up to the code schema by its newer migrations', async () => {
    const adminUrl = inject('pgAdminUrl')
    const oldUrl = adminUrl.replace(/\/postgres$/, `/old_${Date.now().toString(36)}`)
    const newUrl = adminUrl.replace(/\/postgres$/, `/new_${Date.now().toString(36)}`)
    await ensureDatabase(adminUrl, new URL(oldUrl).pathname.slice(1))
    await ensureDatabase(adminUrl, new URL(newUrl).pathname.slice(1))
    // A database as the single-site release left it (every migration before sites), one category.
    const older = migrations.slice(
      0,
      migrations.findIndex((m) => m.name === '20261129_225346_sites'),
    )
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'portal-empty-'))
    const c2 = new pg.Client({ connectionString: oldUrl })
    await c2.connect()
    for (const m of older) await m.up({ db: drizzle({ client: c2 }), payload, req: {} } as never)
    await c2.query(
      `INSERT INTO categories (title, slug, updated_at, created_at) VALUES ('Chuyên mục cũ', 'chuyen-muc-cu', now(), now())`,
    )
    await c2.query(
      `INSERT INTO payload_migrations (name, batch, updated_at, created_at) SELECT unnest($1::text[]), 1, now(), now()`,
      [older.map((m) => m.name)],
    )
    await c2.end()

    const oldBackupDir = mkdtempSync(path.join(os.tmpdir(), 'portal-old-backup-'))
    const old = await createBackup({ databaseUrl: oldUrl, dir: oldBackupDir, media: emptyDir })
    expect(old.manifest.latestMigration).toBe(older.at(-1)!.name)
    const work = mkdtempSync(path.join(os.tmpdir(), 'portal-old-open-'))
    const manifest = await openBackup(old.file, work)
    const { applied } = await loadDatabase({ databaseUrl: newUrl, dir: work, manifest })
    expect(applied).toEqual(migrations.slice(older.length).map((m) => m.name))
    const c3 = new pg.Client({ connectionString: newUrl })
    await c3.connect()
    // The old category now belongs to the main site the sites migration made.
    expect(
      (
        await c3.query(
          'SELECT c.title, s.parent_id FROM categories c JOIN sites s ON s.id = c.site_id',
        )
      ).rows,
    ).toEqual([{ title: 'Chuyên mục cũ', parent_id: null }])
    expect(
      (await c3.query('SELECT name FROM payload_migrations ORDER BY name')).rows.map((r) => r.name),
    ).toEqual(migrations.map((m) => m.name))
    await c3.end()
    for (const d of [emptyDir, oldBackupDir, work]) rmSync(d, { recursive: true, force: true })
  })
})

describe('daily backups', () => {
  it('one per day however often it runs, and only the BACKUP_KEEP newest stay', async () => {
    const daily = mkdtempSync(path.join(os.tmpdir(), 'portal-daily-'))
    writeFileSync(path.join(daily, 'backup-manual.tar.gz'), 'kept: not a daily archive')
    const at = (day: number) => new Date(Date.UTC(2026, 10, day, 3))
    const first = await dailyBackup({ databaseUrl, dir: daily, keep: 3, now: at(1) })
    expect(first.created).toBe(true)
    const again = await dailyBackup({ databaseUrl, dir: daily, keep: 3, now: at(1) })
    expect(again).toEqual({ file: first.file, created: false, pruned: [] })
    for (const day of [2, 3, 4, 5])
      await dailyBackup({ databaseUrl, dir: daily, keep: 3, now: at(day) })
    expect(readdirSync(daily).sort()).toEqual([
      'backup-manual.tar.gz',
      'daily-2026-11-03.tar.gz',
      'daily-2026-11-04.tar.gz',
      'daily-2026-11-05.tar.gz',
    ])
    rmSync(daily, { recursive: true, force: true })
  })

  it('is queued by the scheduler once, for its next time, however often the worker asks', async () => {
    const dailyJobs = () =>
      payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'dailyBackup' } },
        overrideAccess: true,
      })
    // The worker that ran in beforeAll already asked the scheduler (its hourly pass).
    expect((await dailyJobs()).docs).toHaveLength(1)
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'dailyBackup' } },
      overrideAccess: true,
    })
    const first = await payload.jobs.handleSchedules({ allQueues: true })
    expect(first.queued.map((q) => q.taskConfig?.slug)).toEqual(['dailyBackup'])
    const second = await payload.jobs.handleSchedules({ allQueues: true })
    expect(second.queued).toEqual([])
    const { docs } = await dailyJobs()
    expect(docs).toHaveLength(1)
    expect(new Date(docs[0].waitUntil!).getTime()).toBeGreaterThan(Date.now())
  })
})

describe('npm run backup / restore', () => {
  const cli = (args: string[], env: Record<string, string>) =>
    spawnSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/launcher/cli.ts', ...args],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORTAL_DATA_DIR: cliData,
          PAYLOAD_LOG_LEVEL: 'silent',
          ...env,
        },
      },
    )
  const cliData = mkdtempSync(path.join(os.tmpdir(), 'portal-cli-data-'))

  it('backup writes an archive; restore without --yes refuses and explains', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'portal-cli-backups-'))
    mkdirSync(out, { recursive: true })
    const made = cli(['backup'], { BACKUP_DIR: out })
    // The progress bar goes to stderr (a line every few seconds without a terminal); errors too.
    expect(made.stderr).not.toMatch(/Không sao lưu được|Lỗi/)
    expect(made.status).toBe(0)
    expect(made.stdout).toMatch(/Đã sao lưu vào .*\.tar\.gz/)
    const [archive] = readdirSync(out)
    expect(archive).toMatch(/^backup-\d{8}T\d{6}Z\.tar\.gz$/)

    const refused = cli(['restore', path.join(out, archive)], { BACKUP_DIR: out })
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/XÓA và THAY THẾ/)
    expect(existsSync(path.join(out, archive))).toBe(true)
    rmSync(out, { recursive: true, force: true })
    rmSync(cliData, { recursive: true, force: true })
  }, 240_000)
})
