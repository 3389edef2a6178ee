import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest'

import { articlesIndexName, searchClient } from '../src/search/client'
import { parseSearchParams } from '../src/search/parseSearchParams'
import { searchArticles } from '../src/search/searchArticles'
import { applyIndexSettings } from '../src/search/settings'
import { toSearchDocument } from '../src/search/toSearchDocument'
import type { Article } from '../src/payload-types'
import { scoreToneFixture, toneFixture, type ToneScore } from './helpers/toneFixture'

/**
 * Tone-exact ranking on the fixed fixture (tests/fixtures/toneRanking.json), through the real
 * search function and a real Meilisearch: a toned query brings the title written with exactly
 * those tones first; a tone-less query finds what it found before tone-exact ranking existed
 * (tests/fixtures/toneRanking.plain.json, recorded on the code before it).
 */
const baselineFile = path.join(import.meta.dirname, 'fixtures/toneRanking.plain.json')
let score: ToneScore

beforeAll(async () => {
  process.env.MEILI_HOST = inject('meiliHost')
  process.env.MEILI_MASTER_KEY = inject('meiliKey')
  process.env.MEILI_INDEX_PREFIX = `tones${Date.now().toString(36)}_`
  const uid = articlesIndexName()
  await applyIndexSettings(uid)
  const docs = Object.values(toneFixture.docs).map((title, i) =>
    toSearchDocument({
      id: i + 1,
      title,
      summary: toneFixture.summary,
      slug: `tin-${i + 1}`,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    } as Article),
  )
  const task = await searchClient().index(uid).addDocuments(docs, { primaryKey: 'id' }).waitTask()
  expect(task.status).toBe('succeeded')
  score = await scoreToneFixture(async (q) => {
    const parsed = parseSearchParams({ q, limit: '50' })
    if (!parsed.ok) throw new Error(parsed.message)
    return (await searchArticles(parsed.params)).hits.map((h) => h.title)
  })
  console.log(
    `tone fixture: ${score.exactFirst}/${score.total} tone-exact first`,
    JSON.stringify(score.misses),
  )
  if (process.env.RECORD_TONE_BASELINE)
    writeFileSync(baselineFile, JSON.stringify(score.plain, null, 2) + '\n')
}, 120_000)

afterAll(async () => {
  await searchClient().deleteIndex(articlesIndexName()).waitTask()
})

describe('tone-exact ranking (fixture of 30 toned queries)', () => {
  it('brings the exactly toned title first for at least 28 of 30 queries', () => {
    expect(score.total).toBe(30)
    expect(score.exactFirst).toBeGreaterThanOrEqual(28)
  })

  it('pages a toned query as one list: the folded total, no hit twice, the exact title marked', async () => {
    const page = async (q: string, n: number) => {
      const parsed = parseSearchParams({ q, limit: '2', page: String(n) })
      if (!parsed.ok) throw new Error(parsed.message)
      return searchArticles(parsed.params)
    }
    const plain = await page('ban', 1)
    expect(plain.total).toBe(7)
    const pages = await Promise.all([1, 2, 3, 4].map((n) => page('bán', n)))
    expect(pages.map((p) => [p.total, p.totalPages, p.hits.length])).toEqual([
      [7, 4, 2],
      [7, 4, 2],
      [7, 4, 2],
      [7, 4, 1],
    ])
    const titles = pages.flatMap((p) => p.hits.map((h) => h.title))
    expect(new Set(titles).size).toBe(7)
    expect(titles[0]).toBe(toneFixture.docs.ban_dau)
    expect(pages[0].hits[0].highlight.title).toBe('<mark>Bán</mark> đấu giá tài sản công năm 2026')
    // A folded hit keeps Meilisearch's own highlight: "bán" marks every "ban".
    expect(pages[0].hits[1].highlight.title).toMatch(/^<mark>B[aàạả]n<\/mark> /)
  })

  it('answers a toned query on an index built before the tone copies (until a reindex)', async () => {
    const prefix = process.env.MEILI_INDEX_PREFIX
    process.env.MEILI_INDEX_PREFIX = `${prefix}old_`
    try {
      await applyIndexSettings(articlesIndexName())
      const parsed = parseSearchParams({ q: 'bán' })
      if (!parsed.ok) throw new Error(parsed.message)
      expect(await searchArticles(parsed.params)).toMatchObject({ hits: [], total: 0 })
      const old = { id: 1, slug: 'a', title: 'Bán đấu giá', summary: 's', publishedAt: 1 }
      await searchClient().index(articlesIndexName()).addDocuments([old]).waitTask()
      const res = await searchArticles(parsed.params)
      expect(res.hits.map((h) => h.title)).toEqual(['Bán đấu giá'])
      await searchClient().deleteIndex(articlesIndexName()).waitTask()
    } finally {
      process.env.MEILI_INDEX_PREFIX = prefix
    }
  })

  it('finds, for every tone-less query, the same titles in the same order as before', () => {
    expect(existsSync(baselineFile)).toBe(true)
    const before = JSON.parse(readFileSync(baselineFile, 'utf8'))
    expect(Object.keys(score.plain)).toHaveLength(Object.keys(before).length)
    expect(score.plain).toEqual(before)
  })
})
