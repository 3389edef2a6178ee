import { addDays, isDayKey, localDayKey } from './visitDay'

export const GROUP_BY = ['category', 'author', 'site'] as const
export type GroupBy = (typeof GROUP_BY)[number]

export type ReportParams = { from: string; to: string; groupBy: GroupBy; site: number | null }

/** At most ten years in one report. */
const MAX_DAYS = 3660

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD&groupBy=category|author|site[&site=ID]`: the last 30 days by
 * category when left out; a Vietnamese message for anything else.
 */
export function parseReportParams(
  query: URLSearchParams,
  now = new Date(),
): ReportParams | { error: string } {
  const to = query.get('to') || localDayKey(now)
  const from = query.get('from') || addDays(to, -29)
  if (!isDayKey(from) || !isDayKey(to))
    return { error: 'Ngày không hợp lệ: dùng dạng YYYY-MM-DD, ví dụ 2026-11-30.' }
  if (from > to) return { error: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.' }
  if (from < addDays(to, -MAX_DAYS)) return { error: 'Mỗi báo cáo tối đa 10 năm.' }
  const groupBy = query.get('groupBy') || 'category'
  if (!(GROUP_BY as readonly string[]).includes(groupBy))
    return { error: 'Cách nhóm không hợp lệ: chọn category, author hoặc site.' }
  const siteText = query.get('site')
  const site = siteText ? Number(siteText) : null
  if (site !== null && !(Number.isSafeInteger(site) && site > 0))
    return { error: 'Mã trang đơn vị không hợp lệ.' }
  return { from, to, groupBy: groupBy as GroupBy, site }
}
