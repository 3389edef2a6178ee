import type { Settings } from 'meilisearch'

import { searchClient } from './client'

/**
 * Index settings, written by code (idempotent) before the first sync and on every reindex.
 * Searchable attributes in rank order; `attribute` before `proximity` so a phrase in the title
 * outranks the same words spread through the body; the date breaks remaining ties.
 */
/** Meilisearch counts no more hits than this (pagination.maxTotalHits). */
export const MAX_TOTAL_HITS = 2000

export const articleSearchOn = ['title', 'summary', 'tags', 'body', 'byline']
/** Tone-token copies (encodeTones), searched only by a query with marks, never by typo. */
export const articleToneOn = ['titleTone', 'summaryTone']

export const articleIndexSettings: Settings = {
  searchableAttributes: [...articleSearchOn, ...articleToneOn],
  displayedAttributes: [
    'id',
    'slug',
    'title',
    'summary',
    'category',
    'tags',
    'byline',
    'publishedAt',
    'cover',
    'site',
    'siteSlug',
    'siteParent',
    'alsoOn',
  ],
  filterableAttributes: [
    'category.id',
    'category.slug',
    'publishedAt',
    'site',
    'siteSlug',
    'siteParent',
    'alsoOn',
  ],
  sortableAttributes: ['publishedAt'],
  rankingRules: [
    'words',
    'typo',
    'attribute',
    'proximity',
    'exactness',
    'sort',
    'publishedAt:desc',
  ],
  typoTolerance: { enabled: true, disableOnAttributes: articleToneOn },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
}

/** Creates the index if needed and applies the settings; resolves when Meilisearch has. */
export async function applyIndexSettings(
  uid: string,
  settings: Settings = articleIndexSettings,
): Promise<void> {
  const client = searchClient()
  const task = await client.index(uid).updateSettings(settings).waitTask({ timeout: 60_000 })
  if (task.status !== 'succeeded')
    throw new Error(`Không áp dụng được cài đặt chỉ mục ${uid}: ${task.error?.message}`)
}

const settingsApplied = new Map<string, Promise<void>>()

/** Applies an index's settings once per process; a failure (Meilisearch down) lets the next call retry. */
export function ensureIndexSettings(
  uid: string,
  settings: Settings = articleIndexSettings,
): Promise<void> {
  let applied = settingsApplied.get(uid)
  if (!applied) {
    applied = applyIndexSettings(uid, settings).catch((error) => {
      settingsApplied.delete(uid)
      throw error
    })
    settingsApplied.set(uid, applied)
  }
  return applied
}
