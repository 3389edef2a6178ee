import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startJobWorker, type JobWorker } from '../src/launcher/worker'
import { paragraphsToLexical } from '../src/lib/lexical'
import { articlesIndexName, searchClient } from '../src/search/client'
import { reindexArticles } from '../src/search/reindex'
import { rest } from './helpers/api'
import { createAccounts, createCategory, moveTo, type Account } from './helpers/fixtures'
import {
  indexedTitles,
  pendingSyncJobs,
  publishedTitles,
  startSearchPayload,
  waitForSyncDrained,
} from './helpers/search'

/**
 * Search against the real Meilisearch (shared test server, this file's own index prefix) and a
 * real Postgres: what readers find, what they never find, and how changes reach the index.
 */
let payload: Payload
let stop: () => Promise<void>
let worker: JobWorker
let admin: Account
const cat = { politics: 0, society: 0 }
const ids: Record<string, number> = {}

async function write(
  key: string,
  title: string,
  opts: {
    summary?: string
    body?: string[]
    category?: number
    publishedAt?: string
    tags?: string[]
  } = {},
) {
  const doc = await payload.create({
    collection: 'articles',
    user: asUser(admin),
    overrideAccess: false,
    draft: true,
    data: {
      title,
      summary: opts.summary ?? 'Tin tức hoạt động của địa phương trong tuần.',
      content: paragraphsToLexical(
        opts.body ?? ['Nội dung bài viết về hoạt động của địa phương.'],
      ) as never,
      category: opts.category ?? cat.politics,
      tags: opts.tags,
      publishedAt: opts.publishedAt,
      _status: 'draft',
    },
  })
  ids[key] = doc.id
  return doc.id
}

const asUser = (a: Account) => ({ id: a.id, roles: a.roles, collection: 'users' }) as never
const publish = (key: string) => moveTo(payload, ids[key], admin, ['in_review', 'published'])
const search = (query: string) => rest(payload, 'GET', `/api/search?${query}`)
const titlesOf = (body: { hits: { title: string }[] }) => body.hits.map((h) => h.title)

beforeAll(async () => {
  ;({ payload, stop } = await startSearchPayload())
  admin = (await createAccounts(payload)).admin
  cat.politics = (await createCategory(payload, 'Xây dựng Đảng')).id
  cat.society = (await createCategory(payload, 'Xã hội')).id

  await write('dangUy', 'Đảng ủy tỉnh Vĩnh An tổng kết công tác năm 2026', {
    publishedAt: '2026-03-02T02:00:00.000Z',
    tags: ['tổng kết'],
  })
  await write('phrase', 'Đại hội Đảng bộ xã Tân Lập nhiệm kỳ 2025-2030', {
    publishedAt: '2026-03-05T02:00:00.000Z',
  })
  await write('scattered', 'Đảng bộ phường Bắc Sơn chuẩn bị tốt cho đại hội', {
    publishedAt: '2026-03-06T02:00:00.000Z',
  })
  await write('inBody', 'Tin vắn thời sự trong tuần', {
    body: ['Trong tuần, Đại hội Đảng bộ xã Phú Mỹ đã diễn ra thành công tốt đẹp.'],
    publishedAt: '2026-03-07T02:00:00.000Z',
  })
  await write('ban', 'Bàn giao nhà đại đoàn kết cho hộ nghèo xã Hòa Bình', {
    category: cat.society,
    publishedAt: '2026-04-01T02:00:00.000Z',
  })
  await write('bán', 'Bán đấu giá quyền sử dụng đất tại phường Bắc Sơn', {
    category: cat.society,
    publishedAt: '2026-04-02T02:00:00.000Z',
  })
  await write('markup', 'Tọa đàm "Luật Báo chí" & <đạo đức> người làm báo', {
    category: cat.society,
    publishedAt: '2026-04-03T02:00:00.000Z',
  })
  await write('harvest', 'Nông dân huyện Tân Phú thu hoạch lúa vụ mùa', {
    category: cat.society,
    publishedAt: '2026-05-10T02:00:00.000Z',
  })
  for (const key of Object.keys(ids)) await publish(key)
  // Never published: a draft and one waiting for review, both about "Đảng ủy".
  await write('draft', 'Đảng ủy khối cơ quan họp bản nháp bí mật')
  await write('review', 'Đảng ủy khối doanh nghiệp chờ duyệt bí mật')
  await moveTo(payload, ids.review, admin, ['in_review'])

  worker = startJobWorker(payload, { intervalMs: 100 })
  await waitForSyncDrained(payload)
})

afterAll(async () => {
  await worker?.stop()
  await stop?.()
})

describe('what readers find', () => {
  it('finds "Đảng ủy" without tone marks, with wrong ones, in capitals and typed decomposed (NFD)', async () => {
    for (const q of [
      'dang uy',
      'DANG UY',
      'Đảng ủy',
      'đảng uỷ',
      'dàng ùy',
      'Đảng ủy'.normalize('NFD'),
    ]) {
      const res = await search(`q=${encodeURIComponent(q)}`)
      expect(res.status, q).toBe(200)
      expect(titlesOf(res.body), q).toEqual(['Đảng ủy tỉnh Vĩnh An tổng kết công tác năm 2026'])
    }
  })

  it('folds đ to d and old tone placement (hoà = hòa)', async () => {
    expect(titlesOf((await search('q=hoa%20binh')).body)).toContain(
      'Bàn giao nhà đại đoàn kết cho hộ nghèo xã Hòa Bình',
    )
    expect(titlesOf((await search(`q=${encodeURIComponent('hoà bình')}`)).body)).toContain(
      'Bàn giao nhà đại đoàn kết cho hộ nghèo xã Hòa Bình',
    )
    expect((await search('q=dau%20gia')).body.total).toBe(1)
  })

  it('tolerates a typo in a long enough word', async () => {
    const res = await search('q=thu%20hoahc')
    expect(titlesOf(res.body)).toEqual(['Nông dân huyện Tân Phú thu hoạch lúa vụ mùa'])
  })

  it('does not rank the tone-exact word above folded ones ("bán" finds "Bàn" and "Bán")', async () => {
    const found = titlesOf((await search(`q=${encodeURIComponent('bán')}`)).body)
    expect(found).toContain('Bàn giao nhà đại đoàn kết cho hộ nghèo xã Hòa Bình')
    expect(found).toContain('Bán đấu giá quyền sử dụng đất tại phường Bắc Sơn')
  })

  it('ranks the exact phrase in a title first, then the words in a title, then the body', async () => {
    const res = await search(`q=${encodeURIComponent('đại hội đảng bộ')}`)
    expect(titlesOf(res.body)).toEqual([
      'Đại hội Đảng bộ xã Tân Lập nhiệm kỳ 2025-2030',
      'Đảng bộ phường Bắc Sơn chuẩn bị tốt cho đại hội',
      'Tin vắn thời sự trong tuần',
    ])
  })

  it('never finds drafts or articles waiting for review', async () => {
    const res = await search('q=bi%20mat')
    expect(res.body).toMatchObject({ hits: [], total: 0, page: 1, totalPages: 0 })
    expect((await search('q=dang%20uy')).body.total).toBe(1)
  })

  it('lists the latest first when q is empty, with exact totals and pages', async () => {
    const res = await search('limit=3')
    expect(res.body.total).toBe(8)
    expect(res.body.totalPages).toBe(3)
    expect(titlesOf(res.body)[0]).toBe('Nông dân huyện Tân Phú thu hoạch lúa vụ mùa')
    const dates = res.body.hits.map((h: { publishedAt: string }) => h.publishedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    const last = await search('limit=3&page=3')
    expect(last.body).toMatchObject({ page: 3, total: 8, totalPages: 3 })
    expect(last.body.hits).toHaveLength(2)
    expect((await search('limit=3&page=4')).body.hits).toEqual([])
  })

  it('returns the documented hit fields', async () => {
    const [hit] = (await search('q=dang%20uy')).body.hits
    expect(hit).toMatchObject({
      id: ids.dangUy,
      slug: expect.stringMatching(/^dang-uy-tinh-vinh-an/),
      title: 'Đảng ủy tỉnh Vĩnh An tổng kết công tác năm 2026',
      summary: 'Tin tức hoạt động của địa phương trong tuần.',
      publishedAt: '2026-03-02T02:00:00.000Z',
      category: { id: cat.politics, slug: 'xay-dung-dang', title: 'Xây dựng Đảng' },
    })
    expect(hit.highlight.title).toBe(
      '<mark>Đảng</mark> <mark>ủy</mark> tỉnh Vĩnh An tổng kết công tác năm 2026',
    )
  })

  it('escapes everything in highlights except its own <mark>', async () => {
    const [hit] = (await search('q=luat%20bao%20chi')).body.hits
    expect(hit.title).toBe('Tọa đàm "Luật Báo chí" & <đạo đức> người làm báo')
    expect(hit.highlight.title).toBe(
      'Tọa đàm &quot;<mark>Luật</mark> <mark>Báo</mark> <mark>chí</mark>&quot; &amp; &lt;đạo đức&gt; người làm <mark>báo</mark>',
    )
  })
})

describe('filters and bad input', () => {
  it('filters by category slug or id and by dates in Vietnam time', async () => {
    expect((await search('category=xa-hoi')).body.total).toBe(4)
    expect((await search(`category=${cat.politics}`)).body.total).toBe(4)
    expect((await search('category=xa-hoi&q=bac%20son')).body.hits).toHaveLength(1)
    expect((await search('category=khong-co')).body.total).toBe(0)
    // 2026-03-02T02:00Z is 09:00 on 2 March in Vietnam; the 7 March article is 09:00 too.
    expect((await search('from=2026-03-02&to=2026-03-06')).body.total).toBe(3)
    expect((await search('from=2026-03-03&to=2026-03-07')).body.total).toBe(3)
    expect((await search('from=2026-05-01')).body.total).toBe(1)
    expect((await search('to=2026-03-01')).body.total).toBe(0)
  })

  it('refuses invalid parameters with 400 and a Vietnamese message', async () => {
    for (const query of [
      'from=2026-02-30',
      'to=hom-qua',
      'from=2026-05-01&to=2026-04-01',
      'page=0',
      'page=abc',
      'limit=-1',
      'category=%22%20OR%201%3D1',
    ]) {
      const res = await search(query)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message, query).toMatch(/không hợp lệ|phải/)
    }
  })

  it('never answers 500 to hostile queries and never lets them into a filter', async () => {
    const hostile = [
      "' OR 1=1; DROP TABLE articles; --",
      '<script>alert(1)</script>dang uy',
      'dang\u0000uy',
      'x'.repeat(5000),
      'category.id = 1 OR publishedAt > 0',
      '"unterminated',
      '%00%ff',
      'publishedAt:desc',
      '🇻🇳'.repeat(300),
    ]
    for (const q of hostile) {
      const res = await search(`q=${encodeURIComponent(q)}&limit=50`)
      expect(res.status, q.slice(0, 40)).toBe(200)
      expect(JSON.stringify(res.body)).not.toContain('<script')
      expect(res.body.total, q.slice(0, 40)).toBeLessThan(8)
    }
    const injected = await search(`category=${encodeURIComponent('1 OR category.id EXISTS')}`)
    expect(injected.status).toBe(400)
  })

  it('caps the page size at 50', async () => {
    const res = await search('limit=500')
    expect(res.status).toBe(200)
    expect(res.body.hits).toHaveLength(8)
  })
})

describe('keeping the index in step with Postgres', () => {
  it('collapses repeated saves of a live article into one pending job, then indexes the last title', async () => {
    await worker.stop()
    for (let i = 1; i <= 5; i++) {
      await payload.update({
        collection: 'articles',
        id: ids.harvest,
        data: { title: `Nông dân thu hoạch lúa, bản sửa ${i}`, _status: 'published' },
        user: asUser(admin),
      })
    }
    expect(await pendingSyncJobs(payload)).toBe(1)
    worker = startJobWorker(payload, { intervalMs: 100 })
    await waitForSyncDrained(payload)
    expect(titlesOf((await search('q=ban%20sua')).body)).toEqual([
      'Nông dân thu hoạch lúa, bản sửa 5',
    ])
  })

  it('removes an unpublished article and a deleted one within seconds', async () => {
    await moveTo(payload, ids.ban, admin, ['unpublished'])
    await payload.delete({ collection: 'articles', id: ids['bán'], overrideAccess: true })
    const started = Date.now()
    await waitForSyncDrained(payload, 5000)
    console.log(`unpublish + delete → gone from search in ${Date.now() - started} ms`)
    expect((await search('q=hoa%20binh')).body.total).toBe(0)
    expect((await search('q=dau%20gia')).body.total).toBe(0)
    expect(await indexedTitles()).toEqual(await publishedTitles(payload))
  })

  it('picks up a job left "processing" by a crashed worker', async () => {
    await worker.stop()
    await moveTo(payload, ids.ban, admin, ['in_review', 'published'])
    await payload.update({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'syncArticleToSearch' }, completedAt: { exists: false } },
      data: { processing: true },
      overrideAccess: true,
    })
    worker = startJobWorker(payload, { intervalMs: 100 })
    await waitForSyncDrained(payload)
    expect((await search('q=hoa%20binh')).body.total).toBe(1)
  })

  it('keeps answering during a reindex, then holds exactly the published articles', async () => {
    const answers: number[] = []
    let running = true
    const searching = (async () => {
      while (running) answers.push((await search('q=dang%20bo')).body.total)
    })()
    const report = await reindexArticles(payload)
    running = false
    await searching
    expect(report.indexed).toBe(7)
    expect(answers.length).toBeGreaterThan(0)
    expect(answers.every((total) => total === 3)).toBe(true)
    expect(await indexedTitles()).toEqual(await publishedTitles(payload))
    const indexes = await searchClient().getIndexes({ limit: 1000 })
    expect(
      indexes.results.map((i) => i.uid).filter((uid) => uid.startsWith(articlesIndexName())),
    ).toEqual([articlesIndexName()])
  })

  it('a reindex that fails half-way leaves the live index as it was and no half-built index', async () => {
    const before = (await search('q=dang%20bo')).body.total
    const failing = {
      start: () => {},
      indexed: () => {
        throw new Error('mất kết nối giữa chừng')
      },
    }
    await expect(reindexArticles(payload, failing)).rejects.toThrow('mất kết nối giữa chừng')
    expect((await search('q=dang%20bo')).body.total).toBe(before)
    const indexes = await searchClient().getIndexes({ limit: 1000 })
    expect(
      indexes.results.map((i) => i.uid).filter((uid) => uid.startsWith(articlesIndexName())),
    ).toEqual([articlesIndexName()])
  })

  it('rebuilds everything after Meilisearch lost the index', async () => {
    await searchClient().deleteIndex(articlesIndexName()).waitTask()
    expect((await search('q=dang%20uy')).body.total).toBe(0)
    await reindexArticles(payload)
    expect((await search('q=dang%20uy')).body.total).toBe(1)
    expect(await indexedTitles()).toEqual(await publishedTitles(payload))
  })

  it('answers 503 with a Vietnamese message while Meilisearch is unreachable', async () => {
    const host = process.env.MEILI_HOST!
    process.env.MEILI_HOST = 'http://127.0.0.1:9'
    try {
      const res = await search('q=dang%20uy')
      expect(res.status).toBe(503)
      expect(res.body.errors[0].message).toBe(
        'Chức năng tìm kiếm tạm thời không khả dụng. Vui lòng thử lại sau ít phút.',
      )
    } finally {
      process.env.MEILI_HOST = host
    }
    expect((await search('q=dang%20uy')).status).toBe(200)
  })
})
