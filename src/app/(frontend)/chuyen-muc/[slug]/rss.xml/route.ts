import { notFound } from 'next/navigation'

import { getCategoryBySlug, getLatest, getSiteSettings } from '@/site/queries'
import { buildRss, rssResponse } from '@/site/rss'
import { categoryPath } from '@/site/urls'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

/** /chuyen-muc/{slug}/rss.xml: the category's latest 50. */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const category = await getCategoryBySlug((await params).slug)
  if (!category) notFound()
  const [settings, items] = await Promise.all([getSiteSettings(), getLatest(50, category.id)])
  return rssResponse(
    buildRss(
      {
        title: `${category.title} - ${settings.portalName}`,
        link: categoryPath(category.slug!),
        description: category.description || category.title,
      },
      items,
    ),
  )
}
