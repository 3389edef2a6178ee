import type { Metadata } from 'next'

import { CategoryView } from '@/site/components/CategoryView'
import { getSite } from '@/site/getSite'
import { getCategoryBySlug } from '@/site/queries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn, categoryPath } from '@/site/urls'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite((await params).site)
  const category = site && (await getCategoryBySlug(site, (await params).slug))
  if (!site || !category) return {}
  return {
    title: category.title,
    description: category.description ?? undefined,
    alternates: {
      canonical: canonicalOn(site, categoryPath(category.slug!)),
      types: {
        'application/rss+xml': canonicalOn(site, `${categoryPath(category.slug!)}/rss.xml`),
      },
    },
  }
}

export default async function CategoryPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  return <CategoryView site={site} slug={(await params).slug} page={1} />
}
