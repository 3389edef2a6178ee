import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from './helpers/api'
import { createAccounts, createCategory, createDraft, moveTo } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let article: number
let draft: number
let n = 0

const vote = (id: number, body: unknown, cookie?: string, address = `10.1.0.${++n % 250}`) =>
  rest(payload, 'POST', `/api/articles/${id}/rating`, {
    body,
    headers: { 'x-portal-socket-address': address, ...(cookie ? { cookie } : {}) },
  })
const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')!.split(';')[0]

beforeAll(async () => {
  process.env.RATING_IP_POINTS = '100000'
  ;({ payload, stop } = await startTestPayload())
  const users = await createAccounts(payload)
  const category = (await createCategory(payload)).id
  const doc = await createDraft(payload, users.reporter, category, 'Bài để đánh giá')
  await moveTo(payload, doc.id, users.admin, ['in_review', 'published'])
  article = doc.id
  draft = (await createDraft(payload, users.reporter, category, 'Bài nháp không đánh giá được')).id
})
afterAll(() => stop())

describe('POST /api/articles/{id}/rating', () => {
  it.each([0, 6, 2.5, '4', null, true, -1])('refuses score %j with 400', async (score) => {
    expect((await vote(article, { score })).status).toBe(400)
  })

  it('refuses malformed JSON, a draft and an unknown article', async () => {
    expect((await vote(article, '{"score":')).status).toBe(400)
    expect((await vote(draft, { score: 5 })).status).toBe(404)
    expect((await vote(987654, { score: 5 })).status).toBe(404)
  })

  it('sets a signed, httpOnly, SameSite=Lax visitor cookie; a second vote replaces the first', async () => {
    const first = await vote(article, { score: 2 })
    expect(first.status).toBe(200)
    const setCookie = first.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^portal_visitor=[\w-]+\.[\w-]+;/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(first.body).toEqual({ average: 2, count: 1, total: 2 })
    const again = await vote(article, { score: 5 }, cookieOf(first))
    expect(again.body).toEqual({ average: 5, count: 1, total: 5 })
    expect(again.headers.get('set-cookie')).toBeNull()
    // A forged cookie is a new visitor, not the old one.
    const forged = cookieOf(first).replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAA')
    expect((await vote(article, { score: 1 }, forged)).body).toEqual({
      average: 3,
      count: 2,
      total: 6,
    })
  })

  it('stays exact under 100 concurrent votes from distinct visitors, and re-votes replace', async () => {
    const before = (await vote(article, { score: 3 })).body as { count: number; total: number }
    const scores = Array.from({ length: 100 }, (_, i) => (i % 5) + 1)
    const results = await Promise.all(scores.map((score) => vote(article, { score })))
    expect(results.every((r) => r.status === 200)).toBe(true)
    const final = (await vote(article, { score: 3 })).body
    expect(final.count).toBe(before.count + 100 + 1)
    expect(final.total).toBe(before.total + 300 + 3)
    const cookies = results.slice(0, 20).map(cookieOf)
    await Promise.all(cookies.map((cookie) => vote(article, { score: 1 }, cookie)))
    const after = (await vote(article, { score: 3 })).body
    const replacedFrom = scores.slice(0, 20).reduce((a, b) => a + b, 0)
    expect(after.count).toBe(final.count + 1)
    expect(after.total).toBe(final.total - replacedFrom + 20 + 3)
    expect(after.average).toBe(Math.round((after.total / after.count) * 10) / 10)
    const stats = await payload.find({
      collection: 'article-stats',
      where: { article: { equals: article } },
    })
    expect([Number(stats.docs[0].ratingCount), Number(stats.docs[0].ratingTotal)]).toEqual([
      after.count,
      after.total,
    ])
    const versions = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: article } },
    })
    expect(versions.totalDocs).toBe(3)
  })

  it('answers 429 with Retry-After and a Vietnamese message over the per-address limit', async () => {
    process.env.RATING_IP_POINTS = '2'
    try {
      const address = '10.2.2.2'
      expect((await vote(article, { score: 4 }, undefined, address)).status).toBe(200)
      expect((await vote(article, { score: 4 }, undefined, address)).status).toBe(200)
      const refused = await vote(article, { score: 4 }, undefined, address)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.body.errors[0].message).toMatch(/thử lại sau/)
      expect((await vote(article, { score: 4 }, undefined, '10.2.2.3')).status).toBe(200)
    } finally {
      process.env.RATING_IP_POINTS = '100000'
    }
  })
})
