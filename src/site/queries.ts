import type { Where } from 'payload'

import type { Article, Banner, Category, Site } from '../payload-types'
import { findMainSite } from '../sites/mainSite'
import { mostViewedArticleIds, readArticleStats } from '../stats/articleStats'
import { getPayloadClient } from './getPayloadClient'

// Every public read runs with overrideAccess: false and no user, so Payload's read access
// (published only) applies on top of our own filters.
const asPublic = { overrideAccess: false, draft: false } as const

export const PAGE_SIZE = 10

/** Fields a list item needs (card, RSS item, sitemap), with the cover and category populated. */
const listSelect = {
  title: true,
  slug: true,
  summary: true,
  cover: true,
  category: true,
  publishedAt: true,
  updatedAt: true,
} as const

export type ArticleItem = Pick<
  Article,
  'id' | 'title' | 'slug' | 'summary' | 'cover' | 'category' | 'publishedAt' | 'updatedAt'
>

async function findArticles(where: Where, limit: number, page = 1, sort = '-publishedAt') {
  const payload = await getPayloadClient()
  return payload.find({
    collection: 'articles',
    ...asPublic,
    where,
    sort: [sort, '-id'],
    limit,
    page,
    depth: 1,
    select: listSelect,
  })
}

export type SiteSettings = NonNullable<Site['settings']> & { portalName: string }

/** The site's name, footer and logo; the portal name falls back to the site's name. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const main = await findMainSite(await getPayloadClient(), undefined, 1)
  return {
    ...main?.settings,
    portalName: main?.settings?.portalName || main?.name || 'Cổng thông tin điện tử',
  }
}

export async function getCategories(): Promise<Category[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'categories',
    ...asPublic,
    sort: 'order',
    limit: 100,
    depth: 0,
  })
  return docs
}

export async function getCategoryBySlug(slug: string): Promise<Category | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'categories',
    ...asPublic,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

export async function getLatest(limit = 10, categoryId?: number): Promise<ArticleItem[]> {
  const where: Where = categoryId ? { category: { equals: categoryId } } : {}
  return (await findArticles(where, limit)).docs as ArticleItem[]
}

export async function getFeatured(limit = 1): Promise<ArticleItem[]> {
  return (await findArticles({ featured: { equals: true } }, limit)).docs as ArticleItem[]
}

/** One page of a category, newest first; `null` when the page is past the end. */
export async function getCategoryPage(categoryId: number, page: number) {
  const result = await findArticles({ category: { equals: categoryId } }, PAGE_SIZE, page)
  if (page > 1 && page > result.totalPages) return null
  return {
    docs: result.docs as ArticleItem[],
    page,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}

export async function getArticleBySlug(slug: string): Promise<Article | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...asPublic,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
  })
  return docs[0] ?? null
}

/** "Những tin mới hơn" / "Những tin cũ hơn": same category, by publication time. */
export async function getNeighbours(article: Article, limit = 5) {
  const categoryId = typeof article.category === 'object' ? article.category.id : article.category
  const base: Where[] = [{ category: { equals: categoryId } }, { id: { not_equals: article.id } }]
  const [newer, older] = await Promise.all([
    findArticles(
      { and: [...base, { publishedAt: { greater_than: article.publishedAt } }] },
      limit,
      1,
      'publishedAt',
    ),
    findArticles({ and: [...base, { publishedAt: { less_than: article.publishedAt } }] }, limit),
  ])
  return { newer: newer.docs.reverse() as ArticleItem[], older: older.docs as ArticleItem[] }
}

/** "Các tin khác": the latest from other categories. */
export async function getOtherArticles(article: Article, limit = 6): Promise<ArticleItem[]> {
  const categoryId = typeof article.category === 'object' ? article.category.id : article.category
  return (await findArticles({ category: { not_equals: categoryId } }, limit)).docs as ArticleItem[]
}

/** "Tin đọc nhiều": most viewed published articles (views live in article-stats, not on articles). */
export async function getMostRead(limit = 5): Promise<ArticleItem[]> {
  const ids = await mostViewedArticleIds(await getPayloadClient(), limit * 3)
  if (!ids.length) return []
  const articles = (await findArticles({ id: { in: ids } }, ids.length)).docs as ArticleItem[]
  const byId = new Map(articles.map((a) => [a.id, a]))
  return ids.flatMap((id) => byId.get(id) ?? []).slice(0, limit)
}

export async function getActiveBanners(placement: 'header' | 'sidebar'): Promise<Banner[]> {
  const payload = await getPayloadClient()
  const now = new Date().toISOString()
  const { docs } = await payload.find({
    collection: 'banners',
    ...asPublic,
    where: {
      and: [
        { placement: { equals: placement } },
        { or: [{ activeFrom: { exists: false } }, { activeFrom: { less_than_equal: now } }] },
        { or: [{ activeTo: { exists: false } }, { activeTo: { greater_than_equal: now } }] },
      ],
    },
    sort: 'order',
    limit: 10,
    depth: 1,
  })
  return docs
}

/** Every published article for the sitemap: slug and last change only. */
export async function getSitemapArticles() {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...asPublic,
    sort: '-publishedAt',
    limit: 0,
    depth: 0,
    select: { slug: true, updatedAt: true },
  })
  return docs
}

/** Reader counters of one article (own collection: never written onto the versioned article). */
export async function getArticleStats(articleId: number) {
  return readArticleStats(await getPayloadClient(), articleId)
}

export type PublicComment = {
  id: number
  authorName: string
  content: string
  createdAt: string
  replies: PublicComment[]
}

/** Approved comments of an article, oldest first, with their (approved) replies one level deep. */
export async function getApprovedComments(articleId: number): Promise<PublicComment[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'comments',
    ...asPublic,
    // Read access limits the public to approved comments (and forbids querying `status` itself).
    where: { article: { equals: articleId } },
    sort: 'createdAt',
    limit: 500,
    depth: 0,
    select: { authorName: true, content: true, createdAt: true, parent: true },
  })
  const byId = new Map<number, PublicComment>()
  const roots: PublicComment[] = []
  for (const c of docs)
    byId.set(c.id, {
      id: c.id,
      authorName: c.authorName,
      content: c.content,
      createdAt: c.createdAt,
      replies: [],
    })
  for (const c of docs) {
    const parentId = typeof c.parent === 'object' ? c.parent?.id : c.parent
    const node = byId.get(c.id)!
    if (parentId && byId.has(parentId)) byId.get(parentId)!.replies.push(node)
    else if (!parentId) roots.push(node)
  }
  return roots
}
