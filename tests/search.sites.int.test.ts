import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startJobWorker, type JobWorker } from '../src/launcher/worker'
import { articlesIndexName, searchClient } from '../src/search/client'
import { reindexArticles } from '../src/search/reindex'
import { rest } from './helpers/api'
import { createAccounts, moveTo, type Account } from './helpers/fixtures'
import { startSearchPayload, waitForSyncDrained } from './helpers/search'

/**
 * Search per site: the province finds its own articles and those shared to it, a commune its own
 * and those shared down to it; `subsites=1` on the province adds its communes' articles.
 */
let payload: Payload
let stop: () => Promise<void>
let worker: JobWorker
let admin: Account
const site = { main: 0, commune: 0 }
const cat = { main: 0, commune: 0 }
const ids = { province: 0, commune: 0, shared: 0 }

const search = (query: string, headers: Record<string, string> = {}) =>
  rest(payload, 'GET', `/api/search?${query}`, { headers })
const onCommune = { 'x-portal-site': 'xa-an-hoa' }
const titles = (body: { hits: { id: number }[] }) => body.hits.map((h) => h.id).sort()

async function publishOn(siteId: number, category: number, title: string, alsoOn: number[] = []) {
  const doc = await payload.create({
    collection: 'articles',
    draft: true,
    data: { title, summary: 'Tin hoạt động.', category, site: siteId, alsoOn, _status: 'draft' },
  })
  await moveTo(payload, doc.id, admin, ['in_review', 'published'])
  return doc.id
}

beforeAll(async () => {
  ;({ payload, stop } = await startSearchPayload())
  admin = (await createAccounts(payload)).admin
  site.main = (
    await payload.find({ collection: 'sites', where: { parent: { exists: false } } })
  ).docs[0].id
  const commune = await rest(payload, 'POST', '/api/sites', {
    token: admin.token,
    body: { name: 'Đảng ủy xã An Hòa', slug: 'xa-an-hoa', domains: ['anhoa.vinhan.example.vn'] },
  })
  site.commune = commune.body.doc.id
  // The same category slug on both sites.
  for (const key of ['main', 'commune'] as const)
    cat[key] = (
      await payload.create({
        collection: 'categories',
        data: { title: 'Thời sự', slug: 'thoi-su', site: site[key] },
      })
    ).id
  ids.province = await publishOn(site.main, cat.main, 'Tỉnh ủy Vĩnh An họp bàn chuyển đổi số')
  ids.commune = await publishOn(site.commune, cat.commune, 'Xã An Hòa triển khai chuyển đổi số')
  ids.shared = await publishOn(site.main, cat.main, 'Tỉnh phát động thi đua chuyển đổi số', [
    site.commune,
  ])
  worker = startJobWorker(payload, { intervalMs: 100 })
  await waitForSyncDrained(payload)
})

afterAll(async () => {
  await worker?.stop()
  await stop?.()
})

describe('search per site', () => {
  it('the main host finds the province’s articles; subsites=1 adds the communes’', async () => {
    const own = await search('q=chuyen%20doi%20so')
    expect(own.status).toBe(200)
    expect(titles(own.body)).toEqual([ids.province, ids.shared].sort())
    const all = await search('q=chuyen%20doi%20so&subsites=1')
    expect(titles(all.body)).toEqual([ids.province, ids.commune, ids.shared].sort())
  })

  it.each([
    ['x-portal-site', onCommune],
    ['the commune’s Host', { host: 'anhoa.vinhan.example.vn' }],
  ])('a commune addressed by %s finds its own and what is shared to it', async (_l, headers) => {
    const res = await search('q=chuyen%20doi%20so', headers)
    expect(titles(res.body)).toEqual([ids.commune, ids.shared].sort())
    // subsites=1 on a commune (no child sites) changes nothing.
    expect(titles((await search('q=chuyen%20doi%20so&subsites=1', headers)).body)).toEqual(
      [ids.commune, ids.shared].sort(),
    )
  })

  it('hits carry the origin site and its URL on the main host', async () => {
    const { hits } = (await search('q=chuyen%20doi%20so&subsites=1')).body
    const byId = new Map(hits.map((h: { id: number }) => [h.id, h]))
    expect(byId.get(ids.commune)).toMatchObject({
      siteSlug: 'xa-an-hoa',
      url: expect.stringMatching(/^\/don-vi\/xa-an-hoa\/tin-tuc\/xa-an-hoa-trien-khai/),
    })
    expect(byId.get(ids.shared)).toMatchObject({
      siteSlug: 'trang-chinh',
      url: expect.stringMatching(/^\/tin-tuc\/tinh-phat-dong/),
    })
  })

  it('a category filter names a category of the site searched', async () => {
    expect(titles((await search('category=thoi-su', onCommune)).body)).toEqual(
      [ids.commune, ids.shared].sort(),
    )
    expect(titles((await search(`category=${cat.commune}`, onCommune)).body)).toEqual([ids.commune])
    const foreign = await search(`category=${cat.main}`, onCommune)
    expect(foreign.status).toBe(400)
    expect(foreign.body.errors[0].message).toBe('Chuyên mục không hợp lệ.')
    expect((await search(`category=${cat.commune}`)).status).toBe(400)
    expect(titles((await search(`category=${cat.commune}&subsites=1`)).body)).toEqual([ids.commune])
  })

  it('a change of alsoOn re-syncs the document', async () => {
    await payload.update({
      collection: 'articles',
      id: ids.shared,
      data: { alsoOn: [] },
      context: { workflowTransition: true },
    })
    await waitForSyncDrained(payload)
    expect(titles((await search('q=chuyen%20doi%20so', onCommune)).body)).toEqual([ids.commune])
    await payload.update({
      collection: 'articles',
      id: ids.shared,
      data: { alsoOn: [site.commune] },
      context: { workflowTransition: true },
    })
    await waitForSyncDrained(payload)
    expect(titles((await search('q=chuyen%20doi%20so', onCommune)).body)).toEqual(
      [ids.commune, ids.shared].sort(),
    )
  })

  it('a reindex fills site, siteSlug, siteParent and alsoOn', async () => {
    await reindexArticles(payload)
    const { results } = await searchClient()
      .index(articlesIndexName())
      .getDocuments({ fields: ['id', 'site', 'siteSlug', 'siteParent', 'alsoOn'], limit: 10 })
    expect(results.sort((a, b) => Number(a.id) - Number(b.id))).toEqual(
      [
        {
          id: ids.province,
          site: site.main,
          siteSlug: 'trang-chinh',
          siteParent: null,
          alsoOn: [],
        },
        {
          id: ids.commune,
          site: site.commune,
          siteSlug: 'xa-an-hoa',
          siteParent: site.main,
          alsoOn: [],
        },
        {
          id: ids.shared,
          site: site.main,
          siteSlug: 'trang-chinh',
          siteParent: null,
          alsoOn: [site.commune],
        },
      ].sort((a, b) => a.id - b.id),
    )
    expect(titles((await search('q=chuyen%20doi%20so', onCommune)).body)).toEqual(
      [ids.commune, ids.shared].sort(),
    )
  })
})
