import type { Payload, PayloadRequest } from 'payload'

import type { Site } from '../payload-types'

/** The main site (the province): the one site without a parent. */
export async function findMainSite(
  payload: Payload,
  req?: PayloadRequest,
  depth = 0,
): Promise<Site | null> {
  const { docs } = await payload.find({
    collection: 'sites',
    where: { parent: { exists: false } },
    sort: 'id',
    limit: 1,
    depth,
    req,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The portal's own name: the main site's portal name, else its name ('' before any site exists). */
export async function mainPortalName(payload: Payload, req?: PayloadRequest): Promise<string> {
  const main = await findMainSite(payload, req)
  return main?.settings?.portalName || main?.name || ''
}
