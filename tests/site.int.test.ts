import { XMLParser } from 'fast-xml-parser'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { revalidateToken } from '../src/site/revalidateToken'
import { buildRss } from '../src/site/rss'
import { rest } from './helpers/api'
import { createAccounts, createCategory, createDraft, moveTo } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

// The page data functions reach Payload through '@payload-config', which reads DATABASE_URL when
// first imported: import them only once this file's database exists.
let q: typeof import('../src/site/queries')
let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let news: number
let party: number
const hour = 3_600_000
const base = Date.now() - 100 * hour

/** A published article in `category`, `hoursAfterBase` after a fixed origin. */
async function publish(category: number, title: string, hoursAfterBase: number) {
  const doc = await createDraft(payload, users.reporter, category, title)
  await moveTo(payload, doc.id, users.reporter, ['in_review'])
  const { createLocalReq } = await import('payload')
  const { transitionArticle } = await import('../src/workflow/transitionArticle')
  const req = await createLocalReq(
    { user: { ...users['editor-in-chief'], collection: 'users' } as never },
    payload,
  )
  await transitionArticle({
    req,
    id: doc.id,
    to: 'published',
    publishedAt: new Date(base + hoursAfterBase * hour).toISOString(),
  })
  return (await payload.findByID({ collection: 'articles', id: doc.id })) as {
    id: number
    slug: string
    title: string
  }
}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  q = await import('../src/site/queries')
  users = await createAccounts(payload)
  news = (await createCategory(payload, 'Tin tức - Sự kiện')).id
  party = (await createCategory(payload, 'Xây dựng Đảng')).id
  for (let i = 1; i <= 12; i++) await publish(news, `Tin thời sự số ${i}`, i)
  for (let i = 1; i <= 3; i++) await publish(party, `Tin xây dựng Đảng số ${i}`, 20 + i)
  await createDraft(payload, users.reporter, news, 'Bản nháp không được lộ ra')
  await moveTo(
    payload,
    (await createDraft(payload, users.reporter, news, 'Bài đang chờ duyệt')).id,
    users.reporter,
    ['in_review'],
  )
}, 120_000)
afterAll(() => stop())

describe('page data (published only, real Postgres)', () => {
  it('lists the latest first, and never a draft or an article in review', async () => {
    const latest = await q.getLatest(50)
    expect(latest.map((a) => a.title).slice(0, 4)).toEqual([
      'Tin xây dựng Đảng số 3',
      'Tin xây dựng Đảng số 2',
      'Tin xây dựng Đảng số 1',
      'Tin thời sự số 12',
    ])
    expect(latest).toHaveLength(15)
    expect(latest.some((a) => /nháp|chờ duyệt/.test(a.title))).toBe(false)
  })

  it('pages a category by PAGE_SIZE, newest first; a page past the end is null', async () => {
    expect(q.PAGE_SIZE).toBe(10)
    const first = await q.getCategoryPage(news, 1)
    expect(first!.totalPages).toBe(2)
    expect(first!.docs[0].title).toBe('Tin thời sự số 12')
    expect(first!.docs).toHaveLength(10)
    const second = await q.getCategoryPage(news, 2)
    expect(second!.docs.map((a) => a.title)).toEqual(['Tin thời sự số 2', 'Tin thời sự số 1'])
    expect(await q.getCategoryPage(news, 3)).toBeNull()
  })

  it('gives 5 newer and 5 older articles of the same category, by publication time', async () => {
    const article = await q.getArticleBySlug('tin-thoi-su-so-6')
    const { newer, older } = await q.getNeighbours(article!)
    expect(newer.map((a) => a.title)).toEqual([
      'Tin thời sự số 11',
      'Tin thời sự số 10',
      'Tin thời sự số 9',
      'Tin thời sự số 8',
      'Tin thời sự số 7',
    ])
    expect(older.map((a) => a.title)).toEqual([
      'Tin thời sự số 5',
      'Tin thời sự số 4',
      'Tin thời sự số 3',
      'Tin thời sự số 2',
      'Tin thời sự số 1',
    ])
  })

  it('ranks "Tin đọc nhiều" by views counted outside the versioned article', async () => {
    const [a, b] = [
      await q.getArticleBySlug('tin-thoi-su-so-3'),
      await q.getArticleBySlug('tin-thoi-su-so-7'),
    ]
    for (let i = 0; i < 3; i++)
      expect((await rest(payload, 'POST', `/api/articles/${b!.id}/view`)).status).toBe(204)
    expect((await rest(payload, 'POST', `/api/articles/${a!.id}/view`)).status).toBe(204)
    expect((await q.getMostRead(5)).map((x) => x.title)).toEqual([
      'Tin thời sự số 7',
      'Tin thời sự số 3',
    ])
    const versions = await payload.countVersions({
      collection: 'articles',
      where: { parent: { equals: b!.id } },
    })
    expect(versions.totalDocs).toBe(3) // created, submitted, published: views added none
  })

  it('refuses to count a view of a draft', async () => {
    const draft = await payload.find({
      collection: 'articles',
      where: { title: { equals: 'Bản nháp không được lộ ra' } },
      draft: true,
    })
    expect((await rest(payload, 'POST', `/api/articles/${draft.docs[0].id}/view`)).status).toBe(404)
    expect((await rest(payload, 'POST', '/api/articles/abc/view')).status).toBe(400)
  })

  it('shows only banners inside their dates', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Banner' },
      file: {
        data: Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
          'base64',
        ),
        mimetype: 'image/png',
        name: 'b.png',
        size: 68,
      },
    })
    const day = 24 * hour
    const make = (title: string, from: number, to: number) =>
      payload.create({
        collection: 'banners',
        data: {
          title,
          image: image.id,
          placement: 'sidebar',
          activeFrom: new Date(Date.now() + from).toISOString(),
          activeTo: new Date(Date.now() + to).toISOString(),
        },
      })
    await make('Banner 30-4', -day, day)
    await make('Banner đã hết hạn', -3 * day, -day)
    await make('Banner chưa tới ngày', day, 3 * day)
    expect((await q.getActiveBanners('sidebar')).map((b) => b.title)).toEqual(['Banner 30-4'])
    expect(await q.getActiveBanners('header')).toEqual([])
  })

  it('puts every published article in the sitemap, and nothing else', async () => {
    const entries = await q.getSitemapArticles()
    expect(entries).toHaveLength(15)
  })
})

describe('RSS 2.0', () => {
  it('has title, link, guid, pubDate, description and the cover as enclosure', async () => {
    const xml = buildRss(
      { title: 'Cổng & "thử"', link: '/', description: 'Tin mới' },
      await q.getLatest(50),
    )
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(rss.rss['@_version']).toBe('2.0')
    expect(rss.rss.channel.title).toBe('Cổng & "thử"')
    const items = rss.rss.channel.item
    expect(items).toHaveLength(15)
    expect(items[0].title).toBe('Tin xây dựng Đảng số 3')
    expect(items[0].link).toMatch(/\/tin-tuc\/tin-xay-dung-dang-so-3$/)
    expect(items[0].guid['#text']).toBe(items[0].link)
    expect(new Date(items[0].pubDate).getTime()).toBe(
      base + 23 * hour - ((base + 23 * hour) % 1000),
    )
  })
})

describe('revalidation outside Next', () => {
  it('publishing from a worker (no Next request) asks the web server to refresh, with the shared token', async () => {
    const calls: string[] = []
    const server = createServer((req, res) => {
      calls.push(
        `${req.method} ${req.url} ${req.headers['x-revalidate-token'] === revalidateToken()}`,
      )
      res.end('{}')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    process.env.REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      await publish(party, 'Tin mới để làm mới trang', 30)
      await expect.poll(() => calls, { timeout: 5000 }).toContain('POST /api/revalidate true')
    } finally {
      delete process.env.REVALIDATE_URL
      server.close()
    }
  })

  it('the revalidate endpoint refuses a wrong token', async () => {
    expect(
      (await rest(payload, 'POST', '/api/revalidate', { headers: { 'x-revalidate-token': 'sai' } }))
        .status,
    ).toBe(403)
  })
})
