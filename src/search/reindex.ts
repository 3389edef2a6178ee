import type { Payload } from 'payload'

import type { Article, Category, Media, Site } from '../payload-types'
import { articlesIndexName, searchClient } from './client'
import { applyIndexSettings } from './settings'
import { syncArticle } from './syncArticle'
import { toSearchDocument } from './toSearchDocument'

const BATCH = 1000
const published = { _status: { equals: 'published' } } as const
const WAIT = { timeout: 30 * 60_000, interval: 200 }

export type ReindexProgress = { start: (total: number) => void; indexed: (count: number) => void }
export type ReindexReport = {
  indexed: number
  caughtUp: number
  removed: number
  uid: string
  seconds: number
}

/**
 * Rebuilds the articles index from Postgres into a fresh index and swaps it in atomically, so
 * searches never see an empty or half-built index. Batches are sent without waiting, so reading
 * Postgres overlaps Meilisearch's indexing. Changes made while it ran are synced after the swap.
 */
export async function reindexArticles(
  payload: Payload,
  progress?: ReindexProgress,
): Promise<ReindexReport> {
  const started = Date.now()
  const client = searchClient()
  const uid = articlesIndexName()
  const fresh = `${uid}__reindex_${started}`
  await applyIndexSettings(fresh)
  let sent: number
  try {
    sent = await fillIndex(payload, fresh, progress)
  } catch (error) {
    // A half-built index is useless: drop it (best effort) and leave the live one untouched.
    await client
      .deleteIndex(fresh)
      .waitTask(WAIT)
      .catch(() => {})
    throw error
  }

  const exists = await client
    .index(uid)
    .getRawInfo()
    .then(
      () => true,
      () => false,
    )
  // No live index yet (first run, or Meilisearch lost it): rename the fresh one into place.
  const swap = await client
    .swapIndexes([
      exists ? { indexes: [uid, fresh], rename: false } : { indexes: [fresh, uid], rename: true },
    ])
    .waitTask(WAIT)
  if (swap.status !== 'succeeded')
    throw new Error(`Không hoán đổi được chỉ mục: ${swap.error?.message}`)
  if (exists) await client.deleteIndex(fresh).waitTask(WAIT)

  const caughtUp = await syncChangedSince(payload, new Date(started))
  // Only an article deleted meanwhile leaves a stray document: when the counts agree, none did.
  const [{ numberOfDocuments }, live] = await Promise.all([
    client.index(uid).getStats(),
    payload.count({ collection: 'articles', where: published, overrideAccess: true }),
  ])
  const removed = numberOfDocuments === live.totalDocs ? 0 : await removeStrays(payload, uid)
  return { indexed: sent, caughtUp, removed, uid, seconds: (Date.now() - started) / 1000 }
}

/** Copies every published article into index `uid`; resolves with the count once Meilisearch has indexed them. */
async function fillIndex(
  payload: Payload,
  uid: string,
  progress?: ReindexProgress,
): Promise<number> {
  const client = searchClient()
  const { totalDocs } = await payload.count({
    collection: 'articles',
    where: published,
    overrideAccess: true,
  })
  progress?.start(totalDocs)
  const categories = await categoriesById(payload)
  const sites = await sitesById(payload)

  const enqueued: { taskUid: number; count: number }[] = []
  let lastId = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [published, { id: { greater_than: lastId } }] },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    if (docs.length === 0) break
    lastId = Number(docs[docs.length - 1].id)
    const covers = await mediaById(payload, docs)
    const documents = docs.map((doc) =>
      toSearchDocument({
        ...doc,
        category: categories.get(Number(doc.category)) ?? doc.category,
        site: sites.get(Number(doc.site)) ?? doc.site,
        cover: covers.get(Number(doc.cover)) ?? null,
      }),
    )
    // Only the enqueueing is awaited: Meilisearch indexes this batch while we read the next one.
    const { taskUid } = await client.index(uid).addDocuments(documents, { primaryKey: 'id' })
    enqueued.push({ taskUid, count: documents.length })
  }
  let sent = 0
  for (const { taskUid, count } of enqueued) {
    const task = await client.tasks.waitForTask(taskUid, WAIT)
    if (task.status !== 'succeeded') throw new Error(`Lập chỉ mục thất bại: ${task.error?.message}`)
    sent += count
    progress?.indexed(count)
  }
  return sent
}

async function categoriesById(payload: Payload): Promise<Map<number, Category>> {
  const { docs } = await payload.find({
    collection: 'categories',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((c) => [Number(c.id), c]))
}

async function sitesById(payload: Payload): Promise<Map<number, Site>> {
  const { docs } = await payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((s) => [Number(s.id), s]))
}

async function mediaById(payload: Payload, articles: Article[]): Promise<Map<number, Media>> {
  const ids = [
    ...new Set(articles.map((a) => a.cover).filter((id): id is number => typeof id === 'number')),
  ]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((m) => [Number(m.id), m]))
}

/** Articles changed while the fresh index was built: their sync jobs may have hit the old one. */
async function syncChangedSince(payload: Payload, since: Date): Promise<number> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { updatedAt: { greater_than_equal: new Date(since.getTime() - 1000).toISOString() } },
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: {},
  })
  for (const doc of docs) await syncArticle(payload, Number(doc.id))
  return docs.length
}

/** Documents of articles deleted while the fresh index was built. */
async function removeStrays(payload: Payload, uid: string): Promise<number> {
  const index = searchClient().index(uid)
  const indexed: number[] = []
  for (let offset = 0; ; offset += 10_000) {
    const page = await index.getDocuments<{ id: number }>({ fields: ['id'], limit: 10_000, offset })
    indexed.push(...page.results.map((d) => d.id))
    if (page.results.length < 10_000) break
  }
  const stray: number[] = []
  for (let i = 0; i < indexed.length; i += 1000) {
    const ids = indexed.slice(i, i + 1000)
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: {},
    })
    const live = new Set(docs.map((d) => Number(d.id)))
    stray.push(...ids.filter((id) => !live.has(id)))
  }
  for (const id of stray) await syncArticle(payload, id)
  return stray.length
}
