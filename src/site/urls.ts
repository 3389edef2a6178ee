import { SITE_PREFIX, type SiteMode } from '../sites/siteParam'

/** Public URLs of the portal (DESIGN.md, "Public site" and "Sites"). */
export const siteURL = () =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

// Paths of the main site reached on its own host (no prefix). Site-aware pages use the builders
// below; these stay for code that has no site (search documents, old callers).
export const articlePath = (slug: string) => `/tin-tuc/${slug}`
export const categoryPath = (slug: string, page = 1) =>
  `/chuyen-muc/${slug}${page > 1 ? `?trang=${page}` : ''}`
export const absolute = (path: string) => `${siteURL()}${path}`

/** What decides where a site lives: its slug, its domains, and whether it is the main site. */
export type SiteAddress = { slug: string; domains?: string[] | null; isMain: boolean }

/**
 * The canonical origin of a site, what canonical URLs, Open Graph, JSON-LD, RSS and the sitemap
 * name: the main site keeps SERVER_URL as before; a site with a domain is its first domain, on
 * SERVER_URL's scheme and port (one server answers every domain); any other site lives under
 * the main host's `/don-vi/{slug}`.
 */
export function canonicalOrigin(site: SiteAddress): string {
  const main = siteURL()
  if (site.isMain) return main
  const domain = site.domains?.[0]
  if (!domain) return `${main}${SITE_PREFIX}/${site.slug}`
  const { protocol, port } = new URL(main)
  return `${protocol}//${domain}${port ? `:${port}` : ''}`
}

/** `/don-vi/{slug}` when readers came through the prefix (links must keep it), else ''. */
export const basePathFor = (mode: SiteMode, slug: string) =>
  mode === 'prefix' ? `${SITE_PREFIX}/${slug}` : ''

/** An absolute URL on an origin; the home of a prefixed origin has no trailing slash. */
export function urlOn(origin: string, path: string): string {
  if (path !== '/') return `${origin}${path}`
  return new URL(origin).pathname === '/' ? `${origin}/` : origin
}

/** Where a site's links point (its base path) and what its canonical URLs are (its origin). */
export type SiteLocation = { basePath: string; origin: string }

/** A link on the site as the reader reached it: `/tin-tuc/x` or `/don-vi/xa-an-hoa/tin-tuc/x`. */
export const linkOn = (site: Pick<SiteLocation, 'basePath'>, path: string) =>
  path === '/' ? site.basePath || '/' : `${site.basePath}${path}`

export const canonicalOn = (site: Pick<SiteLocation, 'origin'>, path: string) =>
  urlOn(site.origin, path)

/** An uploaded file (`/api/media/file/…`) on the site's canonical host. */
export const assetUrl = (site: Pick<SiteLocation, 'origin'>, src: string) =>
  new URL(src, site.origin).href
