import ExcelJS from 'exceljs'

import type { GroupBy } from './reportParams'
import type { Period } from './visitReport'
import { visitsByAuthor, visitsByCategory, visitsByDay, visitsBySite } from './visitReport'
import { daysBetween, formatDayKey } from './visitDay'
import type { Pool } from 'pg'

/** Headers of the first sheet, per grouping (Vietnamese, as leadership reads them). */
export const REPORT_HEADERS: Record<GroupBy, string[]> = {
  category: ['STT', 'Chuyên mục', 'Số tin bài được xem', 'Lượt xem'],
  author: ['STT', 'Tác giả', 'Số bài đã xuất bản', 'Lượt xem'],
  site: ['STT', 'Trang đơn vị', 'Lượt truy cập', 'Lượt xem tin bài'],
}

const SHEET: Record<GroupBy, string> = {
  category: 'Theo chuyên mục',
  author: 'Theo tác giả',
  site: 'Theo trang đơn vị',
}

async function groupRows(pool: Pool, p: Period, groupBy: GroupBy): Promise<(string | number)[][]> {
  if (groupBy === 'category')
    return (await visitsByCategory(pool, p)).map((r) => [r.category, r.articles, r.visits])
  if (groupBy === 'author')
    return (await visitsByAuthor(pool, p)).map((r) => [r.author, r.published, r.visits])
  return (await visitsBySite(pool, p)).map((r) => [r.site, r.visits, r.articleViews])
}

/**
 * The report as an XLSX workbook (exceljs): a sheet by the chosen grouping (title, period in
 * dd/mm/yyyy, headers, numbered rows, a total row) and a sheet of visits per day. Names typed by
 * people are written as strings, never formulas.
 */
export async function visitReportWorkbook(
  pool: Pool,
  p: Period,
  groupBy: GroupBy,
  scopeName: string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Cổng thông tin điện tử'
  const sheet = book.addWorksheet(SHEET[groupBy])
  sheet.addRow([`Báo cáo lượt truy cập — ${scopeName}`]).font = { bold: true }
  sheet.addRow([`Từ ngày ${formatDayKey(p.from)} đến ngày ${formatDayKey(p.to)}`])
  sheet.addRow(REPORT_HEADERS[groupBy]).font = { bold: true }
  const rows = await groupRows(pool, p, groupBy)
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]))
  const sum = (col: number) => rows.reduce((t, r) => t + Number(r[col]), 0)
  sheet.addRow([null, 'Tổng cộng', sum(1), sum(2)]).font = { bold: true }
  sheet.columns.forEach((c, i) => (c.width = [6, 40, 20, 16][i]))

  const days = book.addWorksheet('Theo ngày')
  days.addRow(['Ngày', 'Lượt truy cập']).font = { bold: true }
  const byDay = new Map((await visitsByDay(pool, p)).map((r) => [r.day, r.visits]))
  for (const day of daysBetween(p.from, p.to)) days.addRow([formatDayKey(day), byDay.get(day) ?? 0])
  days.columns.forEach((c, i) => (c.width = [14, 16][i]))
  return Buffer.from(await book.xlsx.writeBuffer())
}
