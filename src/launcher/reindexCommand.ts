import { SingleBar } from 'cli-progress'
import type { Payload } from 'payload'

import { reindexArticles } from '../search/reindex'

/** `npm run reindex`: rebuilds the search index from Postgres with a progress bar. */
export async function reindexCommand(payload: Payload): Promise<number> {
  const bar = new SingleBar({
    format: 'Lập chỉ mục |{bar}| {percentage}% | {value}/{total} tin bài | còn {eta_formatted}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    // Without a terminal (CI logs) print a line every few seconds instead of redrawing.
    noTTYOutput: true,
    notTTYSchedule: 5000,
  })
  try {
    const report = await reindexArticles(payload, {
      start: (total) => bar.start(total, 0),
      indexed: (count) => bar.increment(count),
    })
    bar.stop()
    const seconds = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(
      report.seconds,
    )
    console.log(
      `Đã lập chỉ mục ${report.indexed} tin bài vào "${report.uid}" trong ${seconds} giây.`,
    )
    if (report.caughtUp || report.removed) {
      console.log(
        `Đồng bộ thêm ${report.caughtUp} tin bài sửa trong lúc chạy, bỏ ${report.removed} tin bài đã gỡ.`,
      )
    }
    return 0
  } catch (error) {
    bar.stop()
    console.error(`Không lập lại được chỉ mục: ${error instanceof Error ? error.message : error}`)
    return 1
  }
}
