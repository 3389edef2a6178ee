import type { Article } from '../payload-types'
import type { PublicSite } from './getSite'
import { articlePath, canonicalOn, canonicalOrigin, linkOn, urlOn } from './urls'

type Linked = Pick<Article, 'slug' | 'site'>

/** The canonical URL of an article on its origin site (populated `site`: slug, domains, parent). */
function originUrl(article: Linked): string | null {
  const origin = article.site
  if (typeof origin !== 'object' || !origin?.slug) return null
  const address = { slug: origin.slug, domains: origin.domains, isMain: !origin.parent }
  return urlOn(canonicalOrigin(address), articlePath(article.slug!))
}

const isOwn = (site: PublicSite, article: Linked) =>
  (typeof article.site === 'object' && article.site ? article.site.id : article.site) === site.id

/** A link from a page of `site`: its own articles on the reader's path, shared ones to their origin. */
export function articleHref(site: PublicSite, article: Linked): string {
  if (isOwn(site, article)) return linkOn(site, articlePath(article.slug!))
  return originUrl(article) ?? linkOn(site, articlePath(article.slug!))
}

/** The one canonical URL of an article, whichever site shows it: always the origin's. */
export function articleCanonical(site: PublicSite, article: Linked): string {
  if (isOwn(site, article)) return canonicalOn(site, articlePath(article.slug!))
  return originUrl(article) ?? canonicalOn(site, articlePath(article.slug!))
}
