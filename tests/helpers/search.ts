import type { Payload } from 'payload'
import { inject } from 'vitest'

import { articlesIndexName, searchClient } from '../../src/search/client'
import { SYNC_TASK } from '../../src/search/syncToSearchTask'
import { startTestPayload } from './testPayload'

/** Payload on its own database, searching the shared test Meilisearch under its own index prefix. */
export async function startSearchPayload(env: Record<string, string> = {}) {
  const prefix = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}_`
  return startTestPayload({
    MEILI_HOST: inject('meiliHost'),
    MEILI_MASTER_KEY: inject('meiliKey'),
    MEILI_INDEX_PREFIX: prefix,
    SEARCH_RETRY_DELAY_MS: '200',
    ...env,
  })
}

/** Sync jobs not yet done (waiting, retrying or running). */
export async function pendingSyncJobs(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: SYNC_TASK } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
  })
  return totalDocs
}

/** Waits until the worker has no sync job left; throws after `timeoutMs`. */
export async function waitForSyncDrained(payload: Payload, timeoutMs = 30_000): Promise<number> {
  const started = Date.now()
  while ((await pendingSyncJobs(payload)) > 0) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`sync jobs still pending after ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return Date.now() - started
}

/** Every document in this file's index: id → title. */
export async function indexedTitles(): Promise<Map<number, string>> {
  const page = await searchClient()
    .index(articlesIndexName())
    .getDocuments<{ id: number; title: string }>({ fields: ['id', 'title'], limit: 10_000 })
    .catch(() => ({ results: [] as { id: number; title: string }[] }))
  return new Map(page.results.map((d) => [d.id, d.title]))
}

/** Published articles in Postgres: id → title. */
export async function publishedTitles(payload: Payload): Promise<Map<number, string>> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [Number(d.id), d.title]))
}
