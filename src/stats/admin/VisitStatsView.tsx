import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminViewPage } from '../../admin/AdminViewPage'
import { ROLES } from '../../access/roles'
import { sqlPool } from '../../lib/sqlPool'
import { globalRoles, hasRoleAnywhere } from '../../sites/siteRoles'
import { parseReportParams } from '../reportParams'
import { staffSites } from '../staffSites'
import { PeriodForm } from './PeriodForm'
import { VisitFigures } from './VisitFigures'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/thong-ke[?from=&to=&site=]: visits per day, top articles, by category, by author and,
 * for province staff, by site, for a chosen period, with XLSX exports. Staff see only their sites.
 */
export async function VisitStatsView(props: AdminViewServerProps) {
  const { initPageResult, searchParams, payload } = props
  const { req } = initPageResult
  const staff = hasRoleAnywhere(req.user, ...ROLES)
  const sites = staff ? await staffSites(payload, req.user) : []
  const query = new URLSearchParams()
  for (const name of ['from', 'to']) {
    const value = one(searchParams?.[name])
    if (value) query.set(name, value)
  }
  const period = parseReportParams(query)
  const site = sites.find((s) => String(s.id) === one(searchParams?.site)) ?? sites[0]
  return (
    <AdminViewPage view={props}>
      <div className="gutter--left gutter--right" style={{ paddingTop: 24, paddingBottom: 48 }}>
        <h1>Thống kê truy cập</h1>
        {!staff || !site ? (
          <p>Chỉ cán bộ của cổng thông tin xem được thống kê.</p>
        ) : 'error' in period ? (
          <>
            <PeriodForm sites={sites} site={site.id} from="" to="" />
            <p role="alert">{period.error}</p>
          </>
        ) : (
          <>
            <PeriodForm sites={sites} site={site.id} from={period.from} to={period.to} />
            <VisitFigures
              pool={sqlPool(payload)}
              site={site}
              from={period.from}
              to={period.to}
              perSite={globalRoles(req.user).length > 0}
            />
          </>
        )}
      </div>
    </AdminViewPage>
  )
}
