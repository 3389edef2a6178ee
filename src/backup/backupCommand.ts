import { recordSqlAudit } from '../audit/recordSqlAudit'
import { createBackup } from './createBackup'
import { formatMB, formatSeconds, progressBar } from './progressBar'

/** `npm run backup`: one archive in BACKUP_DIR, with a progress bar. */
export async function backupCommand(databaseUrl: string): Promise<number> {
  const bar = progressBar('Sao lưu')
  try {
    const result = await createBackup({
      databaseUrl,
      progress: { start: (n) => bar.start(n, 0), step: () => bar.increment() },
    })
    bar.stop()
    await recordSqlAudit(databaseUrl, 'backup', result.file)
    const { counts, media, sizes } = result.manifest
    console.log(
      `Đã sao lưu vào ${result.file} (${formatMB(result.archiveBytes)}) trong ${formatSeconds(result.seconds)}.`,
    )
    console.log(
      `  ${counts.users} tài khoản, ${counts.articles} tin bài, ${counts.comments} bình luận, ${counts.categories} chuyên mục, ` +
        `${counts.media} ảnh (${counts.mediaFiles} tệp); dữ liệu ${formatMB(sizes.databaseBytes)}, ảnh ${formatMB(sizes.mediaBytes)}.`,
    )
    if (!media.included) console.log(`  ${media.note}`)
    return 0
  } catch (error) {
    bar.stop()
    console.error(`Không sao lưu được: ${error instanceof Error ? error.message : error}`)
    return 1
  }
}
