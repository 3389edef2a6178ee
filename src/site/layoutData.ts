import type { Category } from '../payload-types'
import type { PublicSite, SiteSettings } from './getSite'
import { getCategories } from './queries'
import { isBuildPhase } from './rss'

export type LayoutData = {
  site: PublicSite | null
  settings: Partial<SiteSettings>
  categories: Category[]
}

const fallbackSettings = { portalName: 'Cổng thông tin điện tử' }

/**
 * Header and footer data of a site. `next build` prerenders with no database running (the
 * build needs none), so only then an unreachable database yields the defaults.
 */
export async function getLayoutData(site: PublicSite | null): Promise<LayoutData> {
  if (!site) return { site, settings: fallbackSettings, categories: [] }
  try {
    return { site, settings: site.settings, categories: await getCategories(site) }
  } catch (error) {
    if (isBuildPhase()) return { site, settings: fallbackSettings, categories: [] }
    throw error
  }
}
