import { auditActionLabels, type AuditAction } from './auditActions'

export type AuditRow = {
  at: string
  action: AuditAction
  email?: string | null
  user?: number | { id: number; name?: string | null; email?: string | null } | null
  target?: string | null
  ipHash?: string | null
}

const cell = (value: unknown) => {
  const text = String(value ?? '')
  // Quote everything; a leading = + - @ would be a formula in a spreadsheet.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  dateStyle: 'short',
  timeStyle: 'medium',
})

/** The CSV admins download: UTF-8 with a BOM (Excel reads Vietnamese then), Vietnamese headers. */
export function auditCsv(rows: AuditRow[]): string {
  const header = ['Thời điểm', 'Hành động', 'Tài khoản', 'Đối tượng', 'Mã địa chỉ']
  const lines = rows.map((r) => {
    const user = typeof r.user === 'object' && r.user ? r.user.email : null
    return [
      timeFormat.format(new Date(r.at)),
      auditActionLabels[r.action] ?? r.action,
      user ?? r.email ?? '',
      r.target ?? '',
      r.ipHash ?? '',
    ]
      .map(cell)
      .join(',')
  })
  return '\uFEFF' + [header.map(cell).join(','), ...lines].join('\r\n') + '\r\n'
}
