import type { MetadataRoute } from 'next'

import { getCategories, getSitemapArticles } from '@/site/queries'
import { absolute, articlePath, categoryPath } from '@/site/urls'

// Read on each request (rarely fetched, and no database at build time).
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, categories] = await Promise.all([getSitemapArticles(), getCategories()])
  const newest = articles[0]?.updatedAt
  return [
    { url: absolute('/'), lastModified: newest, changeFrequency: 'hourly', priority: 1 },
    ...categories.map((c) => ({
      url: absolute(categoryPath(c.slug!)),
      lastModified: c.updatedAt,
      changeFrequency: 'daily' as const,
      priority: 0.7,
    })),
    ...articles.map((a) => ({
      url: absolute(articlePath(a.slug!)),
      lastModified: a.updatedAt,
      priority: 0.5,
    })),
  ]
}
