import type { PayloadRequest } from 'payload'

import { idOf } from '../sites/siteRoles'
import { createNotification } from './createNotification'
import { findStaffWithRole } from './findStaffWithRole'

/**
 * The moderators' digest: for each site with pending comments, each of its moderators hears of
 * those that came in since their last digest for that site (the digest remembers the newest
 * comment it counted), once; nothing when there is nothing new. Returns the notices written.
 */
export async function notifyPendingComments(req: PayloadRequest): Promise<number> {
  const { docs: pending } = await req.payload.find({
    collection: 'comments',
    where: { status: { equals: 'pending' } },
    select: { site: true },
    sort: 'id',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    req,
  })
  const bySite = new Map<number, number[]>()
  for (const c of pending) {
    const site = idOf(c.site as never)
    if (site !== null) bySite.set(site, [...(bySite.get(site) ?? []), c.id])
  }
  let written = 0
  for (const [site, ids] of bySite) {
    const name = await siteName(req, site)
    for (const { id: moderator } of await findStaffWithRole(req, site, ['moderator'])) {
      const after = await lastDigested(req, moderator, site)
      const fresh = ids.filter((id) => id > after)
      if (!fresh.length) continue
      const newest = fresh.at(-1)!
      const made = await createNotification(req, {
        recipient: moderator,
        kind: 'comments',
        text: `${fresh.length} bình luận mới chờ duyệt trên trang ${name}.`,
        key: `comments:${site}:${moderator}:${newest}`,
        comment: newest,
        site,
      })
      if (made) written++
    }
  }
  return written
}

async function lastDigested(req: PayloadRequest, recipient: number, site: number) {
  const { docs } = await req.payload.find({
    collection: 'notifications',
    where: {
      and: [
        { recipient: { equals: recipient } },
        { site: { equals: site } },
        { kind: { equals: 'comments' } },
      ],
    },
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return idOf(docs[0]?.comment as never) ?? 0
}

async function siteName(req: PayloadRequest, id: number) {
  const site = await req.payload.findByID({
    collection: 'sites',
    id,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
    req,
  })
  return site.name
}
