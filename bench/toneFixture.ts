import type { Article, Document } from '../src/payload-types'
import { articlesIndexName, documentsIndexName, searchClient } from '../src/search/client'
import { documentIndexSettings, documentSearchOn } from '../src/search/documents/documentSettings'
import { parseDocumentSearchParams } from '../src/search/documents/parseDocumentSearchParams'
import { searchDocuments } from '../src/search/documents/searchDocuments'
import { toDocumentSearchDocument } from '../src/search/documents/toDocumentSearchDocument'
import { parseSearchParams } from '../src/search/parseSearchParams'
import { searchArticles } from '../src/search/searchArticles'
import { applyIndexSettings } from '../src/search/settings'
import { toSearchDocument } from '../src/search/toSearchDocument'
import { scoreToneFixture, toneFixture } from '../tests/helpers/toneFixture'
import type { Meili } from './meili'

/**
 * The tone-exact ranking fixture through the portal's own search functions, on scratch indexes
 * of the bench's Meilisearch: articles, documents, and Meilisearch's folded ranking alone.
 */
export async function benchToneFixture(m: Meili) {
  Object.assign(process.env, {
    MEILI_HOST: m.host,
    MEILI_MASTER_KEY: m.key,
    MEILI_INDEX_PREFIX: `benchtone${Date.now().toString(36)}_`,
  })
  const client = searchClient()
  const titles = Object.values(toneFixture.docs)
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString()
  await applyIndexSettings(articlesIndexName())
  await applyIndexSettings(documentsIndexName(), documentIndexSettings)
  const articles = titles.map((title, i) =>
    toSearchDocument({
      id: i + 1,
      title,
      summary: toneFixture.summary,
      slug: `tin-${i + 1}`,
      publishedAt: at(i),
      updatedAt: at(i),
    } as Article),
  )
  const documents = titles.map((title, i) =>
    toDocumentSearchDocument(
      {
        id: i + 1,
        code: `${i + 1}-TB/TU`,
        title,
        slug: `vb-${i + 1}`,
        issuedAt: at(i),
      } as Document,
      [],
      false,
    ),
  )
  await client.index(articlesIndexName()).addDocuments(articles, { primaryKey: 'id' }).waitTask()
  await client.index(documentsIndexName()).addDocuments(documents, { primaryKey: 'id' }).waitTask()
  try {
    const score = async (search: (q: string) => Promise<string[]>) =>
      (await scoreToneFixture(search)).exactFirst
    return {
      articles: await score(async (q) => {
        const parsed = parseSearchParams({ q, limit: '50' })
        return parsed.ok ? (await searchArticles(parsed.params)).hits.map((h) => h.title) : []
      }),
      documents: await score(async (q) => {
        const parsed = parseDocumentSearchParams({ q, limit: '50' })
        return parsed.ok ? (await searchDocuments(parsed.params)).hits.map((h) => h.title) : []
      }),
      folded: await score(async (q) => {
        const res = await client.index<{ title: string }>(documentsIndexName()).search(q, {
          attributesToSearchOn: documentSearchOn,
          matchingStrategy: 'all',
          limit: 50,
        })
        return res.hits.map((h) => h.title)
      }),
    }
  } finally {
    await client.deleteIndex(articlesIndexName()).waitTask()
    await client.deleteIndex(documentsIndexName()).waitTask()
  }
}
