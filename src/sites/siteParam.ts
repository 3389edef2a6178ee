/**
 * The internal `[site]` segment every public page lives under (src/app/(frontend)/[site]): the
 * proxy (src/proxy.ts) rewrites `/tin-tuc/x` on a site's host to `/h-{slug}/tin-tuc/x`, and
 * `/don-vi/{slug}/tin-tuc/x` to `/p-{slug}/tin-tuc/x`. The mode says how readers reached the site,
 * so that links keep the `/don-vi/{slug}` prefix when they came through it; the slug makes the
 * site part of every ISR cache key.
 */
export type SiteMode = 'host' | 'prefix'

export const SITE_PREFIX = '/don-vi'

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const isSiteSlug = (value: string) => value.length <= 100 && SLUG.test(value)

export const siteParam = (mode: SiteMode, slug: string) => `${mode === 'host' ? 'h' : 'p'}-${slug}`

/** `h-xa-an-hoa` → { mode: 'host', slug: 'xa-an-hoa' }; null for anything else. */
export function parseSiteParam(param: string): { mode: SiteMode; slug: string } | null {
  const match = /^([hp])-(.+)$/.exec(decodeURIComponent(param))
  if (!match || !isSiteSlug(match[2])) return null
  return { mode: match[1] === 'h' ? 'host' : 'prefix', slug: match[2] }
}

/**
 * The cache tag every cached page of a site carries (src/site/tagSitePages.ts): Next derives
 * its own path tags from the route pattern (`/[site]/…`), which names every site at once, so a
 * site's pages are dropped by this tag instead, leaving other sites' pages cached.
 */
export const siteCacheTag = (slug: string) => `site:${slug}`

/** On every site's pages: drops them all at once. */
export const ALL_SITES_TAG = 'site-pages'
