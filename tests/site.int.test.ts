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
import { findMainSite } from '../src/sites/mainSite'

// The page data functions reach Payload through '@payload-config', which reads DATABASE_URL when
// first imported: import them only once this file's database exists.
let q: typeof import('../src/site/queries')
let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let news: number
let party: number
let main: { id: number }
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
  main = (await findMainSite(payload))!
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
    const latest = await q.getLatest(main, 50)
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
    const first = await q.getCategoryPage(main, 'tin-tuc-su-kien', 1)
    expect(first!.totalPages).toBe(2)
    expect(first!.docs[0].title).toBe('Tin thời sự số 12')
    expect(first!.docs).toHaveLength(10)
    const second = await q.getCategoryPage(main, 'tin-tuc-su-kien', 2)
    expect(second!.docs.map((a) => a.title)).toEqual(['Tin thời sự số 2', 'Tin thời sự số 1'])
    expect(await q.getCategoryPage(main, 'tin-tuc-su-kien', 3)).toBeNull()
  })

  it('gives 5 newer and 5 older articles of the same category, by publication time', async () => {
    const article = await q.getArticleBySlug(main, 'tin-thoi-su-so-6')
    const { newer, older } = await q.getNeighbours(main, article!)
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
      await q.getArticleBySlug(main, 'tin-thoi-su-so-3'),
      await q.getArticleBySlug(main, 'tin-thoi-su-so-7'),
    ]
    for (let i = 0; i < 3; i++)
      expect((await rest(payload, 'POST', `/api/articles/${b!.id}/view`)).status).toBe(204)
    expect((await rest(payload, 'POST', `/api/articles/${a!.id}/view`)).status).toBe(204)
    expect((await q.getMostRead(main, 5)).map((x) => x.title)).toEqual([
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
    expect((await q.getActiveBanners(main, 'sidebar')).map((b) => b.title)).toEqual(['Banner 30-4'])
    expect(await q.getActiveBanners(main, 'header')).toEqual([])
  })

  it('puts every published article in the sitemap, and nothing else', async () => {
    const entries = await q.getSitemapArticles(main)
    expect(entries).toHaveLength(15)
  })
})

describe('RSS 2.0', () => {
  it('has title, link, guid, pubDate, description and the cover as enclosure', async () => {
    const site = (await (await import('../src/site/getSite')).getSite('h-trang-chinh'))!
    const xml = buildRss(
      site,
      { title: 'Cổng & "thử"', link: '/', description: 'Tin mới' },
      await q.getLatest(main, 50),
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

describe('sites: each site lists its own content and what is shared to it', () => {
  let anHoa: { id: number }
  let own: { id: number; slug: string }
  let sharedUp: { id: number; slug: string }
  let sameSlug: { id: number; slug: string }

  /** A published article of a site, through the workflow like `publish` above. */
  async function publishOn(site: number, category: number, title: string, hours: number) {
    const draft = await payload.create({
      collection: 'articles',
      user: { ...users.reporter, collection: 'users' } as never,
      overrideAccess: false,
      draft: true,
      data: { title, summary: 'Tin của xã An Hòa.', category, site, _status: 'draft' },
    })
    await moveTo(payload, draft.id, users.reporter, ['in_review'])
    const { createLocalReq } = await import('payload')
    const { transitionArticle } = await import('../src/workflow/transitionArticle')
    const req = await createLocalReq(
      { user: { ...users['editor-in-chief'], collection: 'users' } as never },
      payload,
    )
    await transitionArticle({
      req,
      id: draft.id,
      to: 'published',
      publishedAt: new Date(base + hours * hour).toISOString(),
    })
    return (await payload.findByID({ collection: 'articles', id: draft.id })) as {
      id: number
      slug: string
    }
  }

  /** `alsoOn` set by the province's chief (the sharing rules are tested elsewhere). */
  const share = (id: number, sites: number[]) =>
    payload.update({
      collection: 'articles',
      id,
      user: { ...users['editor-in-chief'], collection: 'users' } as never,
      data: { alsoOn: sites },
    })

  beforeAll(async () => {
    anHoa = await payload.create({
      collection: 'sites',
      data: { name: 'Đảng ủy xã An Hòa', slug: 'xa-an-hoa', domains: ['anhoa.test'] },
    })
    const anHoaNews = await payload.create({
      collection: 'categories',
      data: { title: 'Tin tức - Sự kiện', site: anHoa.id },
    })
    own = await publishOn(anHoa.id, anHoaNews.id, 'Xã An Hòa ra quân làm đường', 40)
    sharedUp = await publishOn(anHoa.id, anHoaNews.id, 'Xã An Hòa kết nạp đảng viên mới', 41)
    // Same slug as a main-site article: each site has its own /tin-tuc/{slug}.
    sameSlug = await publishOn(anHoa.id, anHoaNews.id, 'Tin thời sự số 1', 42)
    await share(sharedUp.id, [main.id])
  }, 60_000)

  it('keeps categories, banners, sitemap and lists apart', async () => {
    expect((await q.getCategories(anHoa)).map((c) => c.slug)).toEqual(['tin-tuc-su-kien'])
    expect((await q.getCategories(main)).map((c) => c.slug).sort()).toEqual([
      'tin-tuc-su-kien',
      'xay-dung-dang',
    ])
    expect((await q.getLatest(anHoa, 50)).map((a) => a.title)).toEqual([
      'Tin thời sự số 1',
      'Xã An Hòa kết nạp đảng viên mới',
      'Xã An Hòa ra quân làm đường',
    ])
    expect(await q.getSitemapArticles(anHoa)).toHaveLength(3)
    expect(await q.getActiveBanners(anHoa, 'sidebar')).toEqual([])
    const mainLatest = (await q.getLatest(main, 50)).map((a) => a.title)
    expect(mainLatest.filter((t) => t.startsWith('Xã An Hòa'))).toEqual([
      'Xã An Hòa kết nạp đảng viên mới',
    ])
    // The main sitemap lists only its own articles, not the one accepted from the commune.
    expect((await q.getSitemapArticles(main)).some((a) => a.id === sharedUp.id)).toBe(false)
  })

  it('finds an article by slug on its own site, or where it is shared; nowhere else', async () => {
    expect((await q.getArticleBySlug(anHoa, own.slug))?.id).toBe(own.id)
    expect(await q.getArticleBySlug(main, own.slug)).toBeNull()
    expect((await q.getArticleBySlug(main, sharedUp.slug))?.id).toBe(sharedUp.id)
    const mainSameSlug = await q.getArticleBySlug(main, 'tin-thoi-su-so-1')
    expect(mainSameSlug?.id).not.toBe(sameSlug.id)
    expect((await q.getArticleBySlug(anHoa, 'tin-thoi-su-so-1'))?.id).toBe(sameSlug.id)
  })

  it('"Tin cơ sở" lists the communes\' articles accepted onto the main site', async () => {
    expect((await q.getFromSubsites(main, 6)).map((a) => a.id)).toEqual([sharedUp.id])
    expect(await q.getFromSubsites(anHoa, 6)).toEqual([])
  })

  it('shares down into the same-slug category of the commune, linking to the origin', async () => {
    const down = await q.getArticleBySlug(main, 'tin-xay-dung-dang-so-1')
    const news6 = await q.getArticleBySlug(main, 'tin-thoi-su-so-6')
    await share(news6!.id, [anHoa.id])
    await share(down!.id, [anHoa.id])
    const page = await q.getCategoryPage(anHoa, 'tin-tuc-su-kien', 1)
    expect(page!.docs.map((a) => a.title)).toContain('Tin thời sự số 6')
    // Its category ("xay-dung-dang") does not exist on the commune: on the home list, not here.
    expect(page!.docs.map((a) => a.title)).not.toContain('Tin xây dựng Đảng số 1')
    expect((await q.getLatest(anHoa, 50)).map((a) => a.title)).toContain('Tin xây dựng Đảng số 1')
    const { getSite } = await import('../src/site/getSite')
    const { articleHref, articleCanonical } = await import('../src/site/articleLinks')
    const commune = (await getSite('p-xa-an-hoa'))!
    expect(commune.basePath).toBe('/don-vi/xa-an-hoa')
    const item = page!.docs.find((a) => a.title === 'Tin thời sự số 6')!
    const mainUrl = (await import('../src/site/urls')).siteURL()
    expect(articleHref(commune, item)).toBe(`${mainUrl}/tin-tuc/tin-thoi-su-so-6`)
    expect(articleCanonical(commune, item)).toBe(`${mainUrl}/tin-tuc/tin-thoi-su-so-6`)
    const ownItem = page!.docs.find((a) => a.id === own.id)!
    expect(articleHref(commune, ownItem)).toBe(`/don-vi/xa-an-hoa/tin-tuc/${own.slug}`)
    expect(articleCanonical(commune, ownItem)).toMatch(
      new RegExp(`^http://anhoa\\.test(:\\d+)?/tin-tuc/${own.slug}$`),
    )
    const onMain = (await getSite('h-trang-chinh'))!
    const up = (await q.getFromSubsites(onMain, 1))[0]
    expect(articleHref(onMain, up)).toMatch(
      new RegExp(`^http://anhoa\\.test(:\\d+)?/tin-tuc/${sharedUp.slug}$`),
    )
    await share(news6!.id, [])
    await share(down!.id, [])
  })

  it('"Tin đọc nhiều" of a site counts only what it shows', async () => {
    expect((await rest(payload, 'POST', `/api/articles/${own.id}/view`)).status).toBe(204)
    expect((await q.getMostRead(anHoa, 5)).map((a) => a.id)).toEqual([own.id])
    expect((await q.getMostRead(main, 5)).some((a) => a.id === own.id)).toBe(false)
  })
})

describe('revalidation outside Next', () => {
  it('publishing from a worker (no Next request) asks the web server to refresh, with the shared token', async () => {
    const calls: string[] = []
    const bodies: string[] = []
    const server = createServer((req, res) => {
      calls.push(
        `${req.method} ${req.url} ${req.headers['x-revalidate-token'] === revalidateToken()}`,
      )
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        bodies.push(body)
        res.end('{}')
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    process.env.REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      await publish(party, 'Tin mới để làm mới trang', 30)
      await expect.poll(() => calls, { timeout: 5000 }).toContain('POST /api/revalidate true')
      // Only the article's own site: {"sites":["trang-chinh"]}.
      expect(bodies).toContain(JSON.stringify({ sites: ['trang-chinh'] }))
    } finally {
      delete process.env.REVALIDATE_URL
      server.close()
    }
  })

  it('the revalidate endpoint refuses a malformed list of sites', async () => {
    const post = (body: unknown) =>
      rest(payload, 'POST', '/api/revalidate', {
        headers: { 'x-revalidate-token': revalidateToken() },
        body,
      })
    expect((await post({ sites: ['Không hợp lệ'] })).status).toBe(400)
    expect((await post({ sites: 'xa-an-hoa' })).status).toBe(400)
  })

  it('the revalidate endpoint refuses a wrong token', async () => {
    expect(
      (await rest(payload, 'POST', '/api/revalidate', { headers: { 'x-revalidate-token': 'sai' } }))
        .status,
    ).toBe(403)
  })
})
