import { cache } from 'react'

import type { Site } from '../payload-types'
import { parseSiteParam, type SiteMode } from '../sites/siteParam'
import { getPayloadClient } from './getPayloadClient'
import { tagSitePages } from './tagSitePages'
import { basePathFor, canonicalOrigin, type SiteLocation } from './urls'

export type SiteSettings = NonNullable<Site['settings']> & { portalName: string }

/** The site a public page renders, from its `[site]` segment (src/sites/siteParam.ts). */
export type PublicSite = SiteLocation & {
  id: number
  slug: string
  name: string
  isMain: boolean
  mode: SiteMode
  domains: string[]
  settings: SiteSettings
}

/** The site's name, footer and logo; the portal name falls back to the site's name. */
export const settingsOf = (site: Pick<Site, 'name' | 'settings'>): SiteSettings => ({
  ...site.settings,
  portalName: site.settings?.portalName || site.name || 'Cổng thông tin điện tử',
})

/**
 * Read once per render (React cache) and from the database every time: a site created or
 * changed on another instance shows at once. null for a slug no site has (the page's 404).
 * Tags the page being rendered with the site, for revalidation per site.
 */
export const getSite = cache(async (param: string): Promise<PublicSite | null> => {
  const parsed = parseSiteParam(param)
  if (!parsed) return null
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'sites',
    where: { slug: { equals: parsed.slug } },
    overrideAccess: false,
    limit: 1,
    depth: 1,
  })
  const doc = docs[0]
  if (!doc) return null
  await tagSitePages(doc.slug)
  const isMain = !doc.parent
  const domains = doc.domains ?? []
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    isMain,
    mode: parsed.mode,
    domains,
    settings: settingsOf(doc),
    basePath: basePathFor(parsed.mode, doc.slug),
    origin: canonicalOrigin({ slug: doc.slug, domains, isMain }),
  }
})
