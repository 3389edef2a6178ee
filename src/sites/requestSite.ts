import type { PayloadRequest } from 'payload'

import { sqlPool } from '../lib/sqlPool'
import { hostName } from './hostName'
import { siteIdFor } from './siteIdFor'

/** Set by src/proxy.ts on /don-vi/{slug}/api/… requests: the site the caller addresses. */
export const SITE_HEADER = 'x-portal-site'

/** The /don-vi/{slug} prefix's slug and the Host's name of a request, as siteIdFor reads them. */
export const siteKeys = (headers: Headers | undefined) => ({
  slug: headers?.get(SITE_HEADER)?.toLowerCase() || null,
  host: hostName(headers?.get('host')) || null,
})

/**
 * The site a request addresses (siteIdFor), cached on the request only. It is only a default (a
 * create that names no site): what the user may do there is decided by their roles on that site.
 */
export async function requestSiteId(req: PayloadRequest): Promise<number | null> {
  if (typeof req.context.portalSiteId === 'number') return req.context.portalSiteId
  const { slug, host } = siteKeys(req.headers)
  const id = await siteIdFor(sqlPool(req.payload), slug, host)
  if (id !== null) req.context.portalSiteId = id
  return id
}
