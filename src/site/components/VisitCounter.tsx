import type { VisitSummary } from '@/stats/readVisitSummary'

const number = new Intl.NumberFormat('vi-VN')

/**
 * The footer's visit counter, rendered on the server with the page (GET /api/stats/summary gives
 * the same figures): a cached page shows them as of its last render, at most a minute old.
 */
export function VisitCounter({ visits }: { visits: VisitSummary | null }) {
  if (!visits) return null
  const rows: [string, number][] = [
    ['Đang truy cập', visits.online],
    ['Hôm nay', visits.today],
    ['Tháng này', visits.month],
    ['Tổng lượt truy cập', visits.total],
  ]
  return (
    <dl className="visit-counter" aria-label="Thống kê truy cập">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{number.format(value)}</dd>
        </div>
      ))}
    </dl>
  )
}
