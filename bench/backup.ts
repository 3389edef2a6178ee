/**
 * Backup and restore times and archive sizes, for the demo content and for 50,000 synthetic
 * articles of ~600 words (written straight into Postgres like the search bench). Search is not
 * configured here, so restore times exclude the index rebuild (see the search bench: reindex).
 * Usage: npm run bench -- backup   (BENCH_ARTICLES=5000 for a quick run)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { createBackup } from '../src/backup/createBackup'
import { restoreBackup } from '../src/backup/restoreBackup'
import { verifyBackup } from '../src/backup/verifyBackup'
import { applyMigrations, bootPayload, shutdownPayload } from '../src/launcher/bootPayload'
import { ensureDatabase, startEmbeddedPostgres } from '../src/launcher/postgres'
import { insertArticles } from './search'

const COUNT = Number(process.env.BENCH_ARTICLES || 50_000)

export async function benchBackup(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-backup-'))
  chmodSync(dir, 0o755) // the postgres user must traverse it when we run as root
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), password: 'bench' })
  delete process.env.MEILI_HOST
  try {
    await ensureDatabase(server.urlFor('postgres'), 'bench')
    const databaseUrl = server.urlFor('bench')
    const payload = await bootPayload({
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'bench',
      MEDIA_DIR: path.join(dir, 'media'),
      BACKUP_DIR: path.join(dir, 'backups'),
      PAYLOAD_LOG_LEVEL: 'silent',
    })
    try {
      await applyMigrations(payload)
      log('Nội dung mẫu…')
      const { seedDemo } = await import('../src/seed')
      await seedDemo(payload, { password: 'bench-password-1' })
      const rows = [await measure('demo content', payload, databaseUrl)]
      log(`Thêm ${COUNT} tin bài tổng hợp…`)
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      await insertArticles(client, COUNT)
      await client.end()
      rows.push(
        await measure(`demo + ${COUNT.toLocaleString('en')} articles`, payload, databaseUrl),
      )
      return [
        `### Backup and restore (${new Date().toISOString()})`,
        '',
        '| data | articles | media files | backup s | archive MB | dump MB (uncompressed) | media MB | restore s | drill (--verify) s |',
        '|---|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
        'Restore = check sha256 of every part, replace the schema in one transaction (replay migrations, COPY, sequences), swap media; search index rebuild not included.',
        '',
      ].join('\n')
    } finally {
      await shutdownPayload(payload)
    }
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function measure(
  label: string,
  payload: Awaited<ReturnType<typeof bootPayload>>,
  databaseUrl: string,
): Promise<string> {
  log(`${label}: sao lưu…`)
  const backup = await createBackup({ databaseUrl })
  log(`${label}: khôi phục…`)
  const restore = await restoreBackup({ payload, databaseUrl, file: backup.file })
  log(`${label}: diễn tập khôi phục…`)
  const drill = await verifyBackup({ databaseUrl, file: backup.file })
  if (!drill.ok) throw new Error(`Diễn tập khôi phục không đạt: ${drill.differences.join('; ')}`)
  const mb = (b: number) => (b / 2 ** 20).toFixed(1)
  const { counts, sizes } = backup.manifest
  return `| ${label} | ${counts.articles} | ${counts.mediaFiles} | ${backup.seconds.toFixed(1)} | ${mb(backup.archiveBytes)} | ${mb(sizes.databaseBytes)} | ${mb(sizes.mediaBytes)} | ${restore.seconds.toFixed(1)} | ${drill.seconds.toFixed(1)} |`
}

const log = (message: string) => console.log(`[bench backup] ${message}`)
