import type { Metadata } from 'next'

import { CategoryView } from '@/site/components/CategoryView'
import { getCategoryBySlug } from '@/site/queries'
import { categoryPath } from '@/site/urls'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug)
  if (!category) return {}
  return {
    title: category.title,
    description: category.description ?? undefined,
    alternates: {
      canonical: categoryPath(category.slug!),
      types: { 'application/rss+xml': `${categoryPath(category.slug!)}/rss.xml` },
    },
  }
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryView slug={(await params).slug} page={1} />
}
