import type { Endpoint, Where } from 'payload'

import { hasRole } from '../../access/roles'
import { auditActions, type AuditAction } from '../../audit/auditActions'
import { auditCsv, type AuditRow } from '../../audit/auditCsv'
import { errorResponse } from '../../lib/errorResponse'
import { isDayKey } from '../../stats/visitDay'

const day = (value: string | null, end: boolean) => {
  if (!value) return null
  if (!isDayKey(value)) return undefined
  // Whole days in Vietnam's time (UTC+7, no daylight saving).
  return new Date(`${value}T${end ? '23:59:59.999' : '00:00:00.000'}+07:00`).toISOString()
}

/**
 * GET /api/audit-log/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&action=…: the log as CSV, for
 * admins only (401 signed out, 403 anyone else, 400 on a bad date or action).
 */
export const exportCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Bạn cần đăng nhập.')
    if (!hasRole(req.user, 'admin'))
      return errorResponse(403, 'Chỉ quản trị hệ thống được xem nhật ký kiểm tra.')
    const params = new URL(req.url ?? 'http://x').searchParams
    const from = day(params.get('from'), false)
    const to = day(params.get('to'), true)
    if (from === undefined || to === undefined)
      return errorResponse(400, 'Ngày không hợp lệ: dùng dạng YYYY-MM-DD.')
    const action = params.get('action')
    if (action && !auditActions.includes(action as AuditAction))
      return errorResponse(400, 'Hành động không hợp lệ.')
    const where: Where[] = []
    if (from) where.push({ at: { greater_than_equal: from } })
    if (to) where.push({ at: { less_than_equal: to } })
    if (action) where.push({ action: { equals: action } })
    const { docs } = await req.payload.find({
      collection: 'audit-log',
      where: { and: where },
      sort: '-at',
      limit: 0,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return new Response(auditCsv(docs as AuditRow[]), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="nhat-ky-kiem-tra.csv"',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
