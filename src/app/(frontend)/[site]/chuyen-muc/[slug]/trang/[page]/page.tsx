import type { Metadata } from 'next'

import { CategoryView } from '@/site/components/CategoryView'
import { getSite } from '@/site/getSite'
import { getCategoryBySlug } from '@/site/queries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn, categoryPath } from '@/site/urls'

// Target of the proxy's rewrite of /chuyen-muc/{slug}?trang=N: a path, unlike a query string,
// can be cached (ISR) like the first page.
export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; slug: string; page: string }> }

const pageNumber = (raw: string) => (/^\d{1,6}$/.test(raw) ? Number(raw) : NaN)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: param, slug, page } = await params
  const site = await getSite(param)
  const category = site && (await getCategoryBySlug(site, slug))
  if (!site || !category) return {}
  return {
    title: `${category.title} - Trang ${page}`,
    alternates: { canonical: canonicalOn(site, categoryPath(category.slug!, pageNumber(page))) },
  }
}

export default async function CategoryPagedPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const { slug, page } = await params
  return <CategoryView site={site} slug={slug} page={pageNumber(page)} />
}
