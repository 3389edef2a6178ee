import type { Payload, Where } from 'payload'

import { sitesWithRole, type SiteUser } from '../sites/siteRoles'

export type ModeratedSite = { id: number; name: string; slug: string; isMain: boolean }

/** The sites whose comments the user moderates (every site for the province's moderators). */
export async function moderatedSites(payload: Payload, user: SiteUser): Promise<ModeratedSite[]> {
  const ids = sitesWithRole(user, 'admin', 'moderator')
  if (ids !== 'all' && !ids.length) return []
  const { docs } = await payload.find({
    collection: 'sites',
    where: ids === 'all' ? {} : { id: { in: ids } },
    sort: 'name',
    limit: 0,
    depth: 0,
    select: { name: true, slug: true, parent: true },
  })
  return docs.map((s) => ({ id: s.id, name: s.name, slug: s.slug, isMain: !s.parent }))
}

/** The queue's query: pending comments, of one chosen site when `site` names one the user moderates. */
export function pendingWhere(site: unknown, sites: ModeratedSite[]): Where {
  const chosen = sites.find((s) => String(s.id) === String(site))
  return chosen
    ? { and: [{ status: { equals: 'pending' } }, { site: { equals: chosen.id } }] }
    : { status: { equals: 'pending' } }
}
