import type { Metadata } from 'next'

import { CategoryView } from '@/site/components/CategoryView'
import { getCategoryBySlug } from '@/site/queries'
import { categoryPath } from '@/site/urls'

// Target of the proxy's rewrite of /chuyen-muc/{slug}?trang=N: a path, unlike a query string,
// can be cached (ISR) like the first page.
export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string; page: string }> }

const pageNumber = (raw: string) => (/^\d{1,6}$/.test(raw) ? Number(raw) : NaN)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const category = await getCategoryBySlug(slug)
  if (!category) return {}
  return {
    title: `${category.title} - Trang ${page}`,
    alternates: { canonical: categoryPath(category.slug!, pageNumber(page)) },
  }
}

export default async function CategoryPagedPage({ params }: Props) {
  const { slug, page } = await params
  return <CategoryView slug={slug} page={pageNumber(page)} />
}
