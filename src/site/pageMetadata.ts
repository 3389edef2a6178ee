import type { Metadata } from 'next'

import type { Page } from '../payload-types'
import type { PublicSite } from './getSite'
import type { Lang, PageLink } from './pageQueries'
import { pagePaths } from './pageSlugs'
import { canonicalOn } from './urls'

/**
 * hreflang both ways (DESIGN: English pages "with hreflang links both ways"): each language
 * version a page has, on the site's canonical origin.
 */
export function languageAlternates(site: PublicSite, slug: string, link?: PageLink) {
  const paths = pagePaths(slug)
  const languages: Record<string, string> = {}
  if (link?.vi) languages.vi = canonicalOn(site, paths.vi)
  if (link?.en) languages.en = canonicalOn(site, paths.en)
  return languages
}

/** Title, canonical URL, hreflang alternates and Open Graph locale of a page in one language. */
export function pageMetadata(
  site: PublicSite,
  page: Pick<Page, 'title' | 'slug'>,
  lang: Lang,
  links: PageLink[],
): Metadata {
  const slug = page.slug ?? ''
  const url = canonicalOn(site, pagePaths(slug)[lang])
  return {
    title: page.title,
    alternates: {
      canonical: url,
      languages: languageAlternates(
        site,
        slug,
        links.find((l) => l.slug === slug),
      ),
    },
    openGraph: { title: page.title, url, locale: lang === 'en' ? 'en_GB' : 'vi_VN' },
  }
}
