import { notFound } from 'next/navigation'

import { getCategoryBySlug, getLatest } from '@/site/queries'
import { buildRss, rssResponse } from '@/site/rss'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { categoryPath } from '@/site/urls'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Params = Promise<{ site: string; slug: string }>

/** /chuyen-muc/{slug}/rss.xml: the category's latest 50 on the site (shared ones included). */
export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  const category = await getCategoryBySlug(site, (await params).slug)
  if (!category) notFound()
  const items = await getLatest(site, 50, category.slug!)
  return rssResponse(
    buildRss(
      site,
      {
        title: `${category.title} - ${site.settings.portalName}`,
        link: categoryPath(category.slug!),
        description: category.description || category.title,
      },
      items,
    ),
  )
}
