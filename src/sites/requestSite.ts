import type { PayloadRequest } from 'payload'

import { hostName } from './hostName'
import { findMainSite } from './mainSite'

/** Set by src/proxy.ts on /don-vi/{slug}/api/… requests: the site the caller addresses. */
export const SITE_HEADER = 'x-portal-site'

/**
 * The site a request addresses: the /don-vi/{slug} prefix, else the site whose `domains` hold the
 * Host header, else the main site. Read from the database on every request (cached on the
 * request only), so a site created on one instance is known to every instance at once.
 * It is only a default (a create that names no site): what the user may do there is decided
 * by their roles on that site.
 */
export async function requestSiteId(req: PayloadRequest): Promise<number | null> {
  if (typeof req.context.portalSiteId === 'number') return req.context.portalSiteId
  const id =
    (await bySlug(req)) ?? (await byHost(req)) ?? (await findMainSite(req.payload, req))?.id
  if (id !== undefined && id !== null) req.context.portalSiteId = id
  return id ?? null
}

async function bySlug(req: PayloadRequest): Promise<number | null> {
  const slug = req.headers?.get(SITE_HEADER)
  if (!slug) return null
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { slug: { equals: slug.toLowerCase() } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { slug: true },
  })
  return docs[0]?.id ?? null
}

async function byHost(req: PayloadRequest): Promise<number | null> {
  const host = hostName(req.headers?.get('host'))
  if (!host) return null
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { domains: { equals: host } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { slug: true },
  })
  return docs[0]?.id ?? null
}
