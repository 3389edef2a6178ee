import { readFileSync } from 'node:fs'
import path from 'node:path'

import { foldVietnamese } from '../../src/lib/vietnamese'

/** The tone-exact ranking fixture (tests/fixtures/toneRanking.json). */
export type ToneFixture = {
  summary: string
  docs: Record<string, string>
  cases: { q: string; expected: string }[]
}

export const toneFixture: ToneFixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../fixtures/toneRanking.json'), 'utf8'),
)

export const toneFixtureKeys = Object.keys(toneFixture.docs)

/** Key of a fixture title (every title is distinct). */
export const keyOfTitle = (title: string) =>
  toneFixtureKeys.find((key) => toneFixture.docs[key] === title) ?? `?${title}`

export type ToneScore = {
  exactFirst: number
  total: number
  misses: { q: string; expected: string; got: string }[]
  /** Each query's tone-less twin ("bán" → "ban") → the keys it found, in order. */
  plain: Record<string, string[]>
}

/**
 * Runs every case through `search` (query → titles in rank order): how many toned queries bring
 * their expected title first, and what the tone-less twin of each query finds.
 */
export async function scoreToneFixture(
  search: (q: string) => Promise<string[]>,
): Promise<ToneScore> {
  const score: ToneScore = { exactFirst: 0, total: toneFixture.cases.length, misses: [], plain: {} }
  for (const { q, expected } of toneFixture.cases) {
    const first = keyOfTitle((await search(q))[0] ?? '')
    if (first === expected) score.exactFirst++
    else score.misses.push({ q, expected, got: first })
    const folded = foldVietnamese(q).toLowerCase()
    score.plain[folded] ??= (await search(folded)).map(keyOfTitle)
  }
  return score
}
