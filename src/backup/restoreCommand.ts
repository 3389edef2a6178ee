import { recordSystemAudit } from '../audit/recordAudit'
import path from 'node:path'
import type { Payload } from 'payload'

import { BackupError } from './backupError'
import { formatSeconds, progressBar } from './progressBar'
import { restoreBackup } from './restoreBackup'
import { notifyPeers, revalidateTargets } from '../site/revalidateSite'
import { runningPortalUrl } from './runningPortal'
import { mediaDir } from './settings'
import { verifyBackup } from './verifyBackup'

export const RESTORE_USAGE =
  'Cách dùng: npm run restore -- TỆP --yes   (hoặc --verify để diễn tập khôi phục, không thay đổi gì)'

/**
 * `npm run restore -- FILE --yes` replaces the database and media with the archive's;
 * `--verify` runs the restore drill in a scratch database instead. Refusals exit non-zero.
 */
export async function restoreCommand(
  payload: Payload,
  databaseUrl: string,
  args: string[],
): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'))
  if (!file) return fail(RESTORE_USAGE, 2)
  if (args.includes('--verify')) {
    const report = await verifyBackup({ databaseUrl, file: path.resolve(file) })
    for (const [k, v] of Object.entries(report.counts)) console.log(`  ${k}: ${v}`)
    if (report.ok)
      console.log(
        `KHÔI PHỤC THỬ: ĐẠT — số liệu khớp bản sao lưu (${formatSeconds(report.seconds)}); cơ sở dữ liệu đang dùng không bị thay đổi.`,
      )
    else console.error(`KHÔI PHỤC THỬ: KHÔNG ĐẠT\n  ${report.differences.join('\n  ')}`)
    return report.ok ? 0 : 1
  }
  const refusal = restoreRefusal(args)
  if (refusal) return fail(refusal, 2)
  // A portal serving this data keeps serving: requests wait during the swap, then see the
  // restored data; its page cache is refreshed below.
  const portal = await runningPortalUrl()
  if (portal)
    console.log(`Cổng thông tin đang chạy (${portal}): khôi phục ngay trên dữ liệu nó đang dùng.`)

  const bar = progressBar('Khôi phục')
  try {
    const progress = { start: (n: number) => bar.start(n, 0), step: () => bar.increment() }
    const report = await restoreBackup({ payload, databaseUrl, file: path.resolve(file), progress })
    bar.stop()
    await recordSystemAudit(payload, 'restore', path.basename(file))
    const { counts, createdAt } = report.manifest
    console.log(`Đã khôi phục bản sao lưu lúc ${createdAt} trong ${formatSeconds(report.seconds)}:`)
    console.log(
      `  ${counts.users} tài khoản, ${counts.articles} tin bài, ${counts.comments} bình luận, ${counts.mediaFiles} tệp ảnh.`,
    )
    if (report.applied.length) console.log(`  Đã nâng lược đồ: ${report.applied.join(', ')}`)
    await notifyPeers([...new Set([...revalidateTargets(), ...(portal ? [portal] : [])])])
    console.log(
      report.reindex
        ? `  Đã lập lại chỉ mục tìm kiếm: ${report.reindex.indexed} tin bài, ${report.reindexDocuments?.indexed ?? 0} văn bản.`
        : '  Chưa cấu hình Meilisearch: bỏ qua chỉ mục tìm kiếm.',
    )
    return 0
  } catch (error) {
    bar.stop()
    if (error instanceof BackupError) return fail(error.message, 1)
    return fail(
      `Khôi phục thất bại, cơ sở dữ liệu giữ nguyên như trước: ${error instanceof Error ? error.message : error}`,
      1,
    )
  }
}

/** Why a real restore may not go ahead (no --yes), or null. */
export function restoreRefusal(args: string[]): string | null {
  if (!args.includes('--yes')) {
    return (
      'Khôi phục sẽ XÓA và THAY THẾ toàn bộ cơ sở dữ liệu hiện tại (tài khoản, tin bài, bình luận, cài đặt) ' +
      `và thư mục ảnh ${mediaDir()} bằng nội dung của bản sao lưu, rồi lập lại chỉ mục tìm kiếm. ` +
      'Nếu chắc chắn, chạy lại với --yes. Muốn thử trước mà không thay đổi gì: --verify.'
    )
  }
  return null
}

function fail(message: string, code: number): number {
  console.error(message)
  return code
}
