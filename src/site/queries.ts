import type { Where } from 'payload'

import type { Article, Banner, Category } from '../payload-types'
import { mostViewedArticleIds, readArticleStats } from '../stats/articleStats'
import { getPayloadClient } from './getPayloadClient'

// Every public read runs with overrideAccess: false and no user, so Payload's read access
// (published only) applies on top of our own filters.
const asPublic = { overrideAccess: false, draft: false } as const

export const PAGE_SIZE = 10

/** The site a query is about: lists show its own documents and the articles shared to it. */
export type QuerySite = { id: number }

/** Fields a list item needs (card, RSS item, sitemap), with the cover, category and origin site. */
const listSelect = {
  title: true,
  slug: true,
  summary: true,
  cover: true,
  category: true,
  site: true,
  publishedAt: true,
  updatedAt: true,
} as const

/** Of the origin site, only its name and what its canonical URL needs (src/site/articleLinks.ts). */
const originPopulate = { sites: { name: true, slug: true, domains: true, parent: true } } as const

export type ArticleItem = Pick<
  Article,
  'id' | 'title' | 'slug' | 'summary' | 'cover' | 'category' | 'site' | 'publishedAt' | 'updatedAt'
>

/** Articles of the site, and articles of other sites that list it in `alsoOn`. */
export const onSite = (site: QuerySite): Where => ({
  or: [{ site: { equals: site.id } }, { alsoOn: { in: [site.id] } }],
})

/**
 * A category of the site: its own articles in it, and articles shared to the site from a
 * same-slug category of their origin (DESIGN.md, "Sharing").
 */
export const inCategory = (site: QuerySite, categorySlug: string): Where => ({
  and: [onSite(site), { 'category.slug': { equals: categorySlug } }],
})

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
    populate: originPopulate,
  })
}

const items = async (where: Where, limit: number) =>
  (await findArticles(where, limit)).docs as ArticleItem[]

export async function getCategories(site: QuerySite): Promise<Category[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'categories',
    ...asPublic,
    where: { site: { equals: site.id } },
    sort: 'order',
    limit: 100,
    depth: 0,
  })
  return docs
}

export async function getCategoryBySlug(site: QuerySite, slug: string): Promise<Category | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'categories',
    ...asPublic,
    where: { and: [{ site: { equals: site.id } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}

/** The latest of the site, or of one of its categories (by slug). */
export async function getLatest(
  site: QuerySite,
  limit = 10,
  categorySlug?: string,
): Promise<ArticleItem[]> {
  return items(categorySlug ? inCategory(site, categorySlug) : onSite(site), limit)
}

export async function getFeatured(site: QuerySite, limit = 1): Promise<ArticleItem[]> {
  return items({ and: [onSite(site), { featured: { equals: true } }] }, limit)
}

/** "Tin cơ sở": articles of other sites (the communes) accepted onto this one. */
export async function getFromSubsites(site: QuerySite, limit = 6): Promise<ArticleItem[]> {
  return items({ and: [{ alsoOn: { in: [site.id] } }, { site: { not_equals: site.id } }] }, limit)
}

/** One page of a category, newest first; `null` when the page is past the end. */
export async function getCategoryPage(site: QuerySite, categorySlug: string, page: number) {
  const result = await findArticles(inCategory(site, categorySlug), PAGE_SIZE, page)
  if (page > 1 && page > result.totalPages) return null
  return {
    docs: result.docs as ArticleItem[],
    page,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}

/**
 * `/tin-tuc/{slug}` on a site: its own article with that slug, else a published article shared
 * to it with that slug; an article of another site that is not shared here is not found.
 */
export async function getArticleBySlug(site: QuerySite, slug: string): Promise<Article | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...asPublic,
    where: { and: [{ slug: { equals: slug } }, onSite(site)] },
    sort: 'id',
    limit: 5,
    depth: 2,
    populate: originPopulate,
  })
  return docs.find((a) => siteIdOf(a.site) === site.id) ?? docs[0] ?? null
}

export const siteIdOf = (value: Article['site'] | null | undefined) =>
  typeof value === 'object' && value ? value.id : value

const categorySlugOf = (article: Pick<Article, 'category'>) =>
  typeof article.category === 'object' ? (article.category.slug ?? '') : ''

/** "Những tin mới hơn" / "Những tin cũ hơn": same category on this site, by publication time. */
export async function getNeighbours(site: QuerySite, article: Article, limit = 5) {
  const base: Where[] = [
    inCategory(site, categorySlugOf(article)),
    { id: { not_equals: article.id } },
  ]
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

/** "Các tin khác": the site's latest from other categories. */
export async function getOtherArticles(
  site: QuerySite,
  article: Article,
  limit = 6,
): Promise<ArticleItem[]> {
  return items(
    { and: [onSite(site), { 'category.slug': { not_equals: categorySlugOf(article) } }] },
    limit,
  )
}

/** "Tin đọc nhiều": the site's most viewed (views live in article-stats, not on articles). */
export async function getMostRead(site: QuerySite, limit = 5): Promise<ArticleItem[]> {
  const ids = await mostViewedArticleIds(await getPayloadClient(), limit * 3, {
    or: [{ 'article.site': { equals: site.id } }, { 'article.alsoOn': { in: [site.id] } }],
  })
  if (!ids.length) return []
  const articles = await items({ and: [{ id: { in: ids } }, onSite(site)] }, ids.length)
  const byId = new Map(articles.map((a) => [a.id, a]))
  return ids.flatMap((id) => byId.get(id) ?? []).slice(0, limit)
}

export async function getActiveBanners(
  site: QuerySite,
  placement: 'header' | 'sidebar',
): Promise<Banner[]> {
  const payload = await getPayloadClient()
  const now = new Date().toISOString()
  const { docs } = await payload.find({
    collection: 'banners',
    ...asPublic,
    where: {
      and: [
        { site: { equals: site.id } },
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

/**
 * The sitemap's articles: the site's own published ones (slug and last change). Articles shared
 * to it are not: their canonical URL is on their origin, whose sitemap lists them.
 */
export async function getSitemapArticles(site: QuerySite) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...asPublic,
    where: { site: { equals: site.id } },
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
