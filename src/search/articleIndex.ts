import type { Article, Category, Media, Site } from '../payload-types'
import { articlesIndexName } from './client'
import { loadByIds } from './loadByIds'
import type { SearchIndex } from './searchIndex'
import { articleIndexSettings } from './settings'
import { toSearchDocument } from './toSearchDocument'

/** The `articles` index: published articles, with their category, cover and site. */
export const articleIndex: SearchIndex = {
  collection: 'articles',
  indexName: articlesIndexName,
  settings: articleIndexSettings,
  where: { _status: { equals: 'published' } },
  toSearchDocuments: async (payload, rows, req) => {
    const articles = rows as unknown as Article[]
    const [categories, sites, covers] = await Promise.all([
      loadByIds<Category>(
        payload,
        'categories',
        articles.map((a) => a.category),
        req,
      ),
      loadByIds<Site>(
        payload,
        'sites',
        articles.map((a) => a.site),
        req,
      ),
      loadByIds<Media>(
        payload,
        'media',
        articles.map((a) => a.cover),
        req,
      ),
    ])
    return articles.map((doc) =>
      toSearchDocument({
        ...doc,
        category: categories.get(Number(doc.category)) ?? doc.category,
        site: sites.get(Number(doc.site)) ?? doc.site,
        cover: covers.get(Number(doc.cover)) ?? null,
      }),
    )
  },
}
