import type { CollectionBeforeValidateHook } from 'payload'

import { hostName } from '../../../sites/hostName'
import { findMainSite } from '../../../sites/mainSite'

/**
 * Domains as the Host header is matched (lower case, no port, each once); a new site created
 * without a parent hangs under the main site, so "exactly one site has no parent" holds for
 * callers who do not name one.
 */
export const normalizeSite: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (!data) return data
  if (Array.isArray(data.domains))
    data.domains = [...new Set(data.domains.map((d: string) => hostName(d)).filter(Boolean))]
  if (typeof data.slug === 'string') data.slug = data.slug.trim().toLowerCase()
  if (operation === 'create' && !data.parent) {
    const main = await findMainSite(req.payload, req)
    if (main) data.parent = main.id
  }
  return data
}
