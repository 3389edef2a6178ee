import type { Pool } from 'pg'

import { ROLES } from '../access/roles'
import {
  globalRoles,
  hasRoleAnywhere,
  hasRoleOnSite,
  sitesWithRole,
  type SiteUser,
} from '../sites/siteRoles'

export type Scope =
  { ok: true; sites: number[] } | { ok: false; status: 401 | 403; message: string }

/**
 * The sites a staff member's statistics cover. Staff see only their sites: `site` when they hold
 * a role there; else the request's site when they hold one there; else every site of their own
 * (a commune's staff on the main host). Per site (`groupBy=site`) is for province staff (global
 * roles), over every site. 401 signed out, 403 no portal role or not theirs.
 */
export async function reportSites(
  pool: Pool,
  user: SiteUser | null,
  opts: { site: number | null; requestSite: number | null; perSite: boolean },
): Promise<Scope> {
  if (!user) return { ok: false, status: 401, message: 'Bạn cần đăng nhập.' }
  if (!hasRoleAnywhere(user, ...ROLES))
    return { ok: false, status: 403, message: 'Chỉ cán bộ của cổng thông tin xem được thống kê.' }
  if (opts.perSite) {
    if (!globalRoles(user).length)
      return {
        ok: false,
        status: 403,
        message: 'Chỉ cán bộ cấp tỉnh xem được thống kê theo trang đơn vị.',
      }
    const { rows } = await pool.query<{ id: number }>('SELECT id FROM sites ORDER BY id')
    return { ok: true, sites: rows.map((r) => r.id) }
  }
  if (opts.site !== null)
    return hasRoleOnSite(user, opts.site, ...ROLES)
      ? { ok: true, sites: [opts.site] }
      : { ok: false, status: 403, message: 'Bạn không có quyền xem thống kê của trang đơn vị này.' }
  if (opts.requestSite !== null && hasRoleOnSite(user, opts.requestSite, ...ROLES))
    return { ok: true, sites: [opts.requestSite] }
  const own = sitesWithRole(user, ...ROLES)
  return { ok: true, sites: own === 'all' ? [] : own }
}
