import type { Category, Link as SiteLink } from '../payload-types'
import type { PublicSite, SiteSettings } from './getSite'
import { getPageLinks, getSiteLinks, type Lang, type PageLink } from './pageQueries'
import { getCategories } from './queries'
import { isBuildPhase } from './rss'

export type LayoutData = {
  site: PublicSite | null
  settings: Partial<SiteSettings>
  categories: Category[]
  /** Published "Giới thiệu" / "Liên hệ" pages: the menus link only to pages that exist. */
  pages: PageLink[]
  /** "Liên kết website" in the footer. */
  links: SiteLink[]
}

const fallbackSettings = { portalName: 'Cổng thông tin điện tử' }
const empty = { categories: [], pages: [], links: [] }

/**
 * Header and footer data of a site. `next build` prerenders with no database running (the
 * build needs none), so only then an unreachable database yields the defaults.
 */
export async function getLayoutData(
  site: PublicSite | null,
  lang: Lang = 'vi',
): Promise<LayoutData> {
  if (!site) return { site, settings: fallbackSettings, ...empty }
  try {
    const [categories, pages, links] = await Promise.all([
      getCategories(site),
      getPageLinks(site),
      getSiteLinks(site, lang),
    ])
    return { site, settings: site.settings, categories, pages, links }
  } catch (error) {
    if (isBuildPhase()) return { site, settings: fallbackSettings, ...empty }
    throw error
  }
}
