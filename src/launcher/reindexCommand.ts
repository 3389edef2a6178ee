import { SingleBar } from 'cli-progress'
import type { Payload } from 'payload'

import { reindexCollection } from '../search/reindex'
import { searchIndexes } from '../search/searchIndexes'

const nouns = { articles: 'tin bài', documents: 'văn bản' } as const

/** `npm run reindex`: rebuilds every search index from Postgres, each with a progress bar. */
export async function reindexCommand(payload: Payload): Promise<number> {
  for (const index of Object.values(searchIndexes)) {
    const noun = nouns[index.collection]
    const bar = new SingleBar({
      format: `Lập chỉ mục |{bar}| {percentage}% | {value}/{total} ${noun} | còn {eta_formatted}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      // Without a terminal (CI logs) print a line every few seconds instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5000,
    })
    try {
      const report = await reindexCollection(payload, index, {
        start: (total) => bar.start(total, 0),
        indexed: (count) => bar.increment(count),
      })
      bar.stop()
      const seconds = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(
        report.seconds,
      )
      console.log(
        `Đã lập chỉ mục ${report.indexed} ${noun} vào "${report.uid}" trong ${seconds} giây.`,
      )
      if (report.caughtUp || report.removed) {
        console.log(
          `Đồng bộ thêm ${report.caughtUp} ${noun} sửa trong lúc chạy, bỏ ${report.removed} ${noun} đã gỡ.`,
        )
      }
    } catch (error) {
      bar.stop()
      console.error(`Không lập lại được chỉ mục: ${error instanceof Error ? error.message : error}`)
      return 1
    }
  }
  return 0
}
