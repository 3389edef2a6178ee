import type { Payload } from 'payload'

import { searchClient } from './client'
import { articleIndex } from './articleIndex'
import type { SearchIndex } from './searchIndex'
import { searchIndexes } from './searchIndexes'
import { applyIndexSettings } from './settings'
import { coalescingSender } from './coalescingSender'
import { syncRecord } from './syncRecord'

const BATCH = 1000
const WAIT = { timeout: 30 * 60_000, interval: 200 }

export type ReindexProgress = { start: (total: number) => void; indexed: (count: number) => void }
export type ReindexReport = {
  indexed: number
  caughtUp: number
  removed: number
  uid: string
  seconds: number
}

/** `npm run reindex`, a restore: every index, one after the other. */
export async function reindexAll(
  payload: Payload,
  progress?: (index: SearchIndex) => ReindexProgress | undefined,
): Promise<ReindexReport[]> {
  const reports: ReindexReport[] = []
  for (const index of Object.values(searchIndexes))
    reports.push(await reindexCollection(payload, index, progress?.(index)))
  return reports
}

export const reindexArticles = (payload: Payload, progress?: ReindexProgress) =>
  reindexCollection(payload, articleIndex, progress)

/**
 * Rebuilds one index from Postgres into a fresh index and swaps it in atomically, so searches
 * never see an empty or half-built index. Reading Postgres overlaps Meilisearch's indexing
 * (coalescingSender). Changes made while it ran are synced after the swap.
 */
export async function reindexCollection(
  payload: Payload,
  index: SearchIndex,
  progress?: ReindexProgress,
): Promise<ReindexReport> {
  const started = Date.now()
  const client = searchClient()
  const uid = index.indexName()
  const fresh = `${uid}__reindex_${started}`
  await applyIndexSettings(fresh, index.settings)
  let sent: number
  try {
    sent = await fillIndex(payload, index, fresh, progress)
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

  const caughtUp = await syncChangedSince(payload, index, new Date(started))
  // Only a row deleted (or made secret) meanwhile leaves a stray document: when the counts agree, none did.
  const [{ numberOfDocuments }, live] = await Promise.all([
    client.index(uid).getStats(),
    payload.count({ collection: index.collection, where: index.where, overrideAccess: true }),
  ])
  const removed = numberOfDocuments === live.totalDocs ? 0 : await removeStrays(payload, index)
  return { indexed: sent, caughtUp, removed, uid, seconds: (Date.now() - started) / 1000 }
}

/** Copies every row that belongs in the index into `uid`; resolves with the count once Meilisearch has indexed them. */
async function fillIndex(
  payload: Payload,
  index: SearchIndex,
  uid: string,
  progress?: ReindexProgress,
): Promise<number> {
  const client = searchClient()
  const { totalDocs } = await payload.count({
    collection: index.collection,
    where: index.where,
    overrideAccess: true,
  })
  progress?.start(totalDocs)

  const sender = coalescingSender(client, uid, (count) => progress?.indexed(count))
  let lastId = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: index.collection,
      where: { and: [index.where, { id: { greater_than: lastId } }] },
      sort: 'id',
      limit: BATCH,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    if (docs.length === 0) break
    lastId = Number(docs[docs.length - 1].id)
    await sender.add(
      await index.toSearchDocuments(payload, docs as unknown as Record<string, unknown>[]),
    )
  }
  return sender.finish()
}

/** Rows changed while the fresh index was built: their sync jobs may have hit the old one. */
async function syncChangedSince(
  payload: Payload,
  index: SearchIndex,
  since: Date,
): Promise<number> {
  const { docs } = await payload.find({
    collection: index.collection,
    where: { updatedAt: { greater_than_equal: new Date(since.getTime() - 1000).toISOString() } },
    pagination: false,
    depth: 0,
    draft: false,
    overrideAccess: true,
    select: {},
  })
  for (const doc of docs) await syncRecord(payload, index, Number(doc.id))
  return docs.length
}

/** Documents of rows deleted (or no longer public) while the fresh index was built. */
async function removeStrays(payload: Payload, index: SearchIndex): Promise<number> {
  const target = searchClient().index(index.indexName())
  const indexed: number[] = []
  for (let offset = 0; ; offset += 10_000) {
    const page = await target.getDocuments<{ id: number }>({
      fields: ['id'],
      limit: 10_000,
      offset,
    })
    indexed.push(...page.results.map((d) => d.id))
    if (page.results.length < 10_000) break
  }
  const stray: number[] = []
  for (let i = 0; i < indexed.length; i += 1000) {
    const ids = indexed.slice(i, i + 1000)
    const { docs } = await payload.find({
      collection: index.collection,
      where: { and: [{ id: { in: ids } }, index.where] },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: {},
    })
    const live = new Set(docs.map((d) => Number(d.id)))
    stray.push(...ids.filter((id) => !live.has(id)))
  }
  for (const id of stray) await syncRecord(payload, index, id)
  return stray.length
}
