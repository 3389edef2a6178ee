import type { PublicSite } from './getSite'
import { getPayloadClient } from './getPayloadClient'
import { articlePath, canonicalOrigin, linkOn, urlOn } from './urls'

type Hit = { slug: string; siteSlug?: string }

/**
 * Where each search hit (an article, or a document with `pathOf`) links from this site: the site's own articles (and those shared to it)
 * on the reader's path; another site's article (the main site's `co-so=1`) at its origin.
 * `siteSlug` comes with the site-scoped search; a hit without it is taken as this site's.
 */
export async function searchHitHrefs(
  site: PublicSite,
  hits: Hit[],
  pathOf: (slug: string) => string = articlePath,
): Promise<string[]> {
  const others = [...new Set(hits.map((h) => h.siteSlug).filter((s) => s && s !== site.slug))]
  const origins = new Map<string, string>()
  if (others.length) {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'sites',
      where: { slug: { in: others } },
      overrideAccess: false,
      limit: others.length,
      depth: 0,
      select: { slug: true, domains: true, parent: true },
    })
    for (const s of docs)
      origins.set(s.slug, canonicalOrigin({ slug: s.slug, domains: s.domains, isMain: !s.parent }))
  }
  return hits.map((hit) => {
    const origin = hit.siteSlug && origins.get(hit.siteSlug)
    return origin ? urlOn(origin, pathOf(hit.slug)) : linkOn(site, pathOf(hit.slug))
  })
}
