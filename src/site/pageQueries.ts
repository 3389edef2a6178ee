import { cache } from 'react'

import type { Leader, Link as SiteLink, Page } from '../payload-types'
import { getPayloadClient } from './getPayloadClient'
import type { QuerySite } from './queries'

export type Lang = 'vi' | 'en'

/** A published page of the site in the menus: its slug and its title in each language. */
export type PageLink = {
  slug: string
  order: number
  vi: string | null
  en: string | null
  updatedAt: string
}

// Public reads: no user, Payload's read access (published only) on top of the site filter.
const asPublic = { overrideAccess: false, draft: false } as const

/**
 * A published page of the site in one language. An English page exists only where someone wrote
 * the English: no fallback to the Vietnamese under an English URL (its <html lang> would lie).
 */
export async function getPublicPage(site: QuerySite, slug: string, lang: Lang) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    ...asPublic,
    locale: lang,
    fallbackLocale: lang === 'en' ? 'none' : 'vi',
    where: { and: [{ site: { equals: site.id } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
  })
  const page = docs[0] as Page | undefined
  return page?.title ? page : null
}

/** Every published page of the site, in menu order, with both titles (menus, hreflang). */
export const getPageLinks = cache(async (site: QuerySite): Promise<PageLink[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    ...asPublic,
    locale: 'all',
    where: { site: { equals: site.id } },
    sort: ['order', 'id'],
    limit: 100,
    depth: 0,
    select: { slug: true, title: true, order: true, updatedAt: true },
  })
  return docs.map((doc) => {
    const title = doc.title as unknown as Partial<Record<Lang, string | null>> | null
    return {
      slug: doc.slug ?? '',
      order: doc.order ?? 0,
      vi: title?.vi || null,
      en: title?.en || null,
      updatedAt: doc.updatedAt,
    }
  })
})

/** The site's leaders and contacts in order; positions in English where written. */
export async function getLeaders(site: QuerySite, lang: Lang): Promise<Leader[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'leaders',
    ...asPublic,
    locale: lang,
    where: { site: { equals: site.id } },
    sort: ['order', 'id'],
    limit: 100,
    depth: 1,
  })
  return docs
}

/** "Liên kết website" of the site, in order. */
export async function getSiteLinks(site: QuerySite, lang: Lang): Promise<SiteLink[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'links',
    ...asPublic,
    locale: lang,
    where: { site: { equals: site.id } },
    sort: ['order', 'id'],
    limit: 50,
    depth: 0,
  })
  return docs
}
