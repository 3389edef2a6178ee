import { lexicalToPlainText } from '../lib/lexical'
import type { Article, Category, Media, Site } from '../payload-types'
import { idOf } from '../sites/siteRoles'
import { encodeTones } from './encodeTones'

export type SearchDocument = {
  id: number
  slug: string
  title: string
  summary: string
  body: string
  category: { id: number; slug: string; title: string } | null
  tags: string[]
  byline: string
  /** Unix time in seconds: Meilisearch filters and sorts numbers, not date strings. */
  publishedAt: number
  /** URL of the cover's thumbnail size, or null. */
  cover: string | null
  /** The site the article belongs to (its canonical URL is there). */
  site: number
  siteSlug: string
  /** The origin site's parent (null for the main site): "this site and its communes" filters by it. */
  siteParent: number | null
  /** Other sites that also list the article. */
  alsoOn: number[]
  /** Title and summary in tone tokens (encodeTones): what lets exact tones rank first. */
  titleTone: string
  summaryTone: string
}

// Control characters (NUL included) and our highlight markers (U+E000/E001) never enter the index.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g
const clean = (text: string | null | undefined) =>
  (text ?? '').normalize('NFC').replace(CONTROL, '').trim()

/**
 * The search document of a published article read with depth 1 (category, cover and site
 * populated).
 */
export function toSearchDocument(article: Article): SearchDocument {
  const site = typeof article.site === 'object' ? (article.site as Site) : null
  const category = typeof article.category === 'object' ? (article.category as Category) : null
  const cover = typeof article.cover === 'object' && article.cover ? (article.cover as Media) : null
  const published = article.publishedAt
    ? new Date(article.publishedAt)
    : new Date(article.updatedAt)
  const title = clean(article.title)
  const summary = clean(article.summary)
  return {
    id: Number(article.id),
    slug: article.slug ?? String(article.id),
    title,
    summary,
    body: clean(lexicalToPlainText(article.content)),
    category: category
      ? { id: Number(category.id), slug: category.slug ?? '', title: clean(category.title) }
      : null,
    tags: (article.tags ?? []).map(clean).filter(Boolean),
    byline: clean(article.byline),
    publishedAt: Math.floor(published.getTime() / 1000),
    cover: cover?.sizes?.thumbnail?.url ?? cover?.url ?? null,
    site: idOf(article.site) ?? 0,
    siteSlug: site?.slug ?? '',
    siteParent: site ? idOf(site.parent) : null,
    alsoOn: (article.alsoOn ?? []).map((s) => idOf(s)).filter((id): id is number => id !== null),
    titleTone: encodeTones(title),
    summaryTone: encodeTones(summary),
  }
}
