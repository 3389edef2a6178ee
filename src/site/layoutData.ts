import type { Category, Link as SiteLink } from '../payload-types'
import { sqlPool } from '../lib/sqlPool'
import { cachedVisitSummary, type VisitSummary } from '../stats/readVisitSummary'
import { getPayloadClient } from './getPayloadClient'
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
  /** The footer's visit counter (src/stats/readVisitSummary.ts), read at most every 5 s. */
  visits: VisitSummary | null
}

const fallbackSettings = { portalName: 'Cổng thông tin điện tử' }
const empty = { categories: [], pages: [], links: [], visits: null }

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
    const [categories, pages, links, visits] = await Promise.all([
      getCategories(site),
      getPageLinks(site),
      getSiteLinks(site, lang),
      getPayloadClient().then((payload) => cachedVisitSummary(sqlPool(payload), site.id)),
    ])
    return { site, settings: site.settings, categories, pages, links, visits }
  } catch (error) {
    if (isBuildPhase()) return { site, settings: fallbackSettings, ...empty }
    throw error
  }
}
