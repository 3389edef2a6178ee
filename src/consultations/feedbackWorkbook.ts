import ExcelJS from 'exceljs'

import { COMMENT_STATUSES } from '../comments/rejectionReasons'

export type FeedbackRow = {
  createdAt: string
  authorName: string
  authorEmail?: string | null
  content: string
  status: string
}

export const FEEDBACK_HEADERS = [
  'STT',
  'Thời gian gửi',
  'Họ và tên',
  'Thư điện tử',
  'Nội dung góp ý',
  'Trạng thái',
]

const statusLabel = (value: string) =>
  COMMENT_STATUSES.find((s) => s.value === value)?.label.vi ?? value

/** "24/11/2023 14:05", Vietnam time, as people read it and as a spreadsheet keeps it (text). */
export const formatVietnamTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  })
    .format(new Date(iso))
    .replace(',', '')
    .replace(/^(\d\d:\d\d) (.+)$/, '$2 $1')

/**
 * The feedback of one consultation as an XLSX workbook: a title row, Vietnamese headers, one row
 * per piece of feedback, oldest first. Every cell is a string or a number (ExcelJS writes strings
 * as strings, so "=…" typed by a citizen is never a formula).
 */
export async function feedbackWorkbook(title: string, rows: FeedbackRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Cổng thông tin điện tử'
  const sheet = book.addWorksheet('Góp ý')
  sheet.addRow([`Góp ý dự thảo: ${title}`]).font = { bold: true }
  sheet.addRow(FEEDBACK_HEADERS).font = { bold: true }
  rows.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      formatVietnamTime(r.createdAt),
      r.authorName,
      r.authorEmail ?? '',
      r.content,
      statusLabel(r.status),
    ]),
  )
  sheet.columns.forEach((c, i) => (c.width = [6, 18, 24, 28, 80, 14][i]))
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' }
  return Buffer.from(await book.xlsx.writeBuffer())
}
