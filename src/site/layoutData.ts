import type { Category } from '../payload-types'
import { getCategories, getSiteSettings, type SiteSettings } from './queries'
import { isBuildPhase } from './rss'

export type LayoutData = { settings: Partial<SiteSettings>; categories: Category[] }

const fallback: LayoutData = { settings: { portalName: 'Cổng thông tin điện tử' }, categories: [] }

/**
 * Header and footer data. `next build` prerenders the static 404 shell with no database
 * running (the build needs none), so only then an unreachable database yields the defaults.
 */
export async function getLayoutData(): Promise<LayoutData> {
  try {
    const [settings, categories] = await Promise.all([getSiteSettings(), getCategories()])
    return { settings, categories }
  } catch (error) {
    if (isBuildPhase()) return fallback
    throw error
  }
}
