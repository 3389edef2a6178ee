import type { Endpoint } from 'payload'

import { errorResponse } from '../../lib/errorResponse'
import { sqlPool } from '../../lib/sqlPool'
import { requestSiteId } from '../../sites/requestSite'
import { parseReportParams } from '../reportParams'
import { reportSites } from '../reportSites'
import { visitReportWorkbook } from '../visitReportWorkbook'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * GET /api/stats/report.xlsx?from=&to=&groupBy=category|author|site[&site=ID]: staff only (401
 * signed out, 403 without a role there), the sites they may see (src/stats/reportSites.ts);
 * 400 with a Vietnamese message for bad dates or grouping.
 */
export const statsReportEndpoint: Endpoint = {
  path: '/stats/report.xlsx',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Bạn cần đăng nhập.')
    const params = parseReportParams(new URL(req.url!).searchParams)
    if ('error' in params) return errorResponse(400, params.error)
    const pool = sqlPool(req.payload)
    const scope = await reportSites(pool, req.user, {
      site: params.site,
      requestSite: await requestSiteId(req),
      perSite: params.groupBy === 'site',
    })
    if (!scope.ok) return errorResponse(scope.status, scope.message)
    const { rows } = await pool.query<{ name: string }>(
      'SELECT name FROM sites WHERE id = ANY($1::int[]) ORDER BY parent_id NULLS FIRST, name',
      [scope.sites],
    )
    const scopeName =
      params.groupBy === 'site' ? 'Tất cả trang đơn vị' : rows.map((r) => r.name).join(', ')
    const file = await visitReportWorkbook(
      pool,
      { ...params, sites: scope.sites },
      params.groupBy,
      scopeName,
    )
    return new Response(new Uint8Array(file), {
      headers: {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="thong-ke-${params.from}-${params.to}-${params.groupBy}.xlsx"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
