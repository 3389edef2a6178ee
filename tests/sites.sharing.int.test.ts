import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqlPool } from '../src/lib/sqlPool'
import { findMainSite } from '../src/sites/mainSite'
import { transitionArticle } from '../src/workflow/transitionArticle'
import { graphql, login, rest } from './helpers/api'
import { PASSWORD } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

/**
 * Sharing news both ways (DESIGN "Sites" → Sharing): the province pushes an article down to its
 * communes, a commune proposes one up and the province's chief accepts it. One article, one id:
 * counters and comments stay on the origin.
 */
let payload: Payload
let stop: () => Promise<void>
const site: Record<'main' | 'anHoa' | 'phuMy' | 'tanLap', number> = {} as never
const category: Record<number, number> = {}
type Who =
  | 'admin'
  | 'provinceChief'
  | 'provinceReporter'
  | 'anHoaChief'
  | 'anHoaEditor'
  | 'anHoaReporter'
  | 'phuMyChief'
const token = {} as Record<Who, string>
const userId = {} as Record<Who, number>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  site.main = (await findMainSite(payload))!.id
  for (const [key, name, slug] of [
    ['anHoa', 'Đảng ủy xã An Hòa', 'xa-an-hoa'],
    ['phuMy', 'Đảng ủy xã Phú Mỹ', 'xa-phu-my'],
    ['tanLap', 'Đảng ủy xã Tân Lập', 'xa-tan-lap'],
  ] as const)
    site[key] = (await payload.create({ collection: 'sites', data: { name, slug } })).id
  for (const id of Object.values(site))
    category[id] = (
      await payload.create({
        collection: 'categories',
        data: { title: 'Tin tức - Sự kiện', site: id },
      })
    ).id
  const accounts: [Who, string[], { site: number; roles: string[] }[]][] = [
    ['admin', ['admin'], []],
    ['provinceChief', ['editor-in-chief'], []],
    ['provinceReporter', ['reporter'], []],
    ['anHoaChief', [], [{ site: site.anHoa, roles: ['editor-in-chief'] }]],
    ['anHoaEditor', [], [{ site: site.anHoa, roles: ['editor'] }]],
    ['anHoaReporter', [], [{ site: site.anHoa, roles: ['reporter'] }]],
    ['phuMyChief', [], [{ site: site.phuMy, roles: ['editor-in-chief'] }]],
  ]
  for (const [who, roles, sites] of accounts) {
    const email = `${who.toLowerCase()}@vinhan.example.org`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: who, roles: roles as never, sites: sites as never },
    })
    userId[who] = user.id
    token[who] = await login(payload, email, PASSWORD)
  }
})
afterAll(() => stop())

/** A published article of `on`, through the real workflow (the admin submits and publishes). */
async function published(on: number, title = `Tin ${Math.random().toString(36).slice(2, 8)}`) {
  const doc = await payload.create({
    collection: 'articles',
    draft: true,
    data: { title, summary: 'Tóm tắt.', category: category[on], site: on, _status: 'draft' },
  })
  await transition(doc.id, ['in_review', 'published'])
  return doc.id
}

async function transition(id: number, path: string[]) {
  const admin = await payload.findByID({ collection: 'users', id: userId.admin })
  for (const to of path) {
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
    await transitionArticle({ req, id, to })
  }
}

const alsoOn = async (id: number, draft = false) =>
  (
    await payload.findByID({ collection: 'articles', id, depth: 0, draft, overrideAccess: true })
  ).alsoOn?.map((s) => (typeof s === 'object' ? s.id : s)) ?? []

/** What the public of site `s` lists: its own articles and those shared to it (REST, no login). */
async function publicList(s: number): Promise<number[]> {
  const res = await rest(
    payload,
    'GET',
    `/api/articles?depth=0&limit=100&where[or][0][site][equals]=${s}&where[or][1][alsoOn][contains]=${s}`,
  )
  expect(res.status).toBe(200)
  return res.body.docs.map((d: { id: number }) => d.id)
}

const share = (who: Who, id: number, sites: unknown) =>
  rest(payload, 'POST', `/api/articles/${id}/share`, { token: token[who], body: { sites } })
const propose = (who: Who, id: number, body: Record<string, unknown> = {}) =>
  rest(payload, 'POST', `/api/articles/${id}/propose`, { token: token[who], body })
const decide = (who: Who, proposal: number, action: 'accept' | 'decline') =>
  rest(payload, 'POST', `/api/share-proposals/${proposal}/${action}`, {
    token: token[who],
    body: {},
  })
const patch = (who: Who, id: number, data: Record<string, unknown>, query = '') =>
  rest(payload, 'PATCH', `/api/articles/${id}${query}`, { token: token[who], body: data })
const message = (res: { body: { errors?: { message: string }[] } }) => res.body.errors?.[0]?.message

describe('sharing down', () => {
  it('the province chief shares to all communes; each commune lists it, others do not get more', async () => {
    const id = await published(site.main, 'Tỉnh ủy Vĩnh An triển khai chuyển đổi số')
    const res = await share('provinceChief', id, 'all-children')
    expect(res.status).toBe(200)
    expect(res.body.added.sort()).toEqual([site.anHoa, site.phuMy, site.tanLap].sort())
    expect((await alsoOn(id)).sort()).toEqual([site.anHoa, site.phuMy, site.tanLap].sort())
    for (const s of [site.anHoa, site.phuMy, site.tanLap]) expect(await publicList(s)).toContain(id)
    // Sharing again adds nothing; the list has each site once.
    const again = await share('provinceChief', id, [site.anHoa])
    expect(again.status).toBe(200)
    expect(again.body.added).toEqual([])
    expect(await alsoOn(id)).toHaveLength(3)
  })

  it('to chosen communes by slug or id, and never to the origin itself', async () => {
    const id = await published(site.main)
    const res = await share('provinceChief', id, ['xa-an-hoa', site.main])
    expect(res.status).toBe(200)
    expect(await alsoOn(id)).toEqual([site.anHoa])
    expect(await publicList(site.anHoa)).toContain(id)
    expect(await publicList(site.phuMy)).not.toContain(id)
    // A PATCH naming the origin keeps it out too.
    const patched = await patch('provinceChief', id, { alsoOn: [site.main, site.phuMy] })
    expect(patched.status).toBe(200)
    expect(await alsoOn(id)).toEqual([site.phuMy])
    expect((await share('provinceChief', id, ['xa-khong-co'])).status).toBe(400)
  })

  it('a shared draft is not listed anywhere until it is published', async () => {
    const chief = await payload.findByID({ collection: 'users', id: userId.provinceChief })
    const draft = await payload.create({
      collection: 'articles',
      user: chief,
      overrideAccess: false,
      draft: true,
      data: {
        title: 'Dự thảo chưa xuất bản',
        category: category[site.main],
        site: site.main,
        alsoOn: [site.anHoa],
        _status: 'draft',
      },
    })
    expect(await alsoOn(draft.id, true)).toEqual([site.anHoa])
    expect(await publicList(site.anHoa)).not.toContain(draft.id)
    // The share endpoint refuses what is not live.
    expect((await share('provinceChief', draft.id, [site.phuMy])).status).toBe(409)
  })

  it('a reporter cannot share, by the endpoint or by alsoOn', async () => {
    const id = await published(site.main)
    for (const who of ['provinceReporter', 'anHoaReporter', 'anHoaEditor'] as const) {
      const res = await share(who, id, [site.anHoa])
      expect(res.status).toBe(403)
    }
    const reporter = await payload.findByID({ collection: 'users', id: userId.anHoaReporter })
    await expect(
      payload.create({
        collection: 'articles',
        user: reporter,
        overrideAccess: false,
        draft: true,
        data: {
          title: 'Bài của phóng viên',
          category: category[site.anHoa],
          site: site.anHoa,
          alsoOn: [site.main],
          _status: 'draft',
        },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await alsoOn(id)).toEqual([])
    expect((await share('anHoaChief', id, [site.anHoa])).status).toBe(403)
    expect(
      (await rest(payload, 'POST', `/api/articles/${id}/share`, { body: { sites: [1] } })).status,
    ).toBe(403)
  })
})

describe('proposing up', () => {
  it('the commune chief cannot add the province to alsoOn (REST, GraphQL, bulk, share) but can propose', async () => {
    const id = await published(site.anHoa, 'Xã An Hòa ra quân làm đường giao thông nông thôn')
    const direct = await patch('anHoaChief', id, { alsoOn: [site.main] })
    expect(direct.status).toBe(403)
    expect(message(direct)).toMatch(/không có quyền xuất bản trên trang «.*»/)
    const gql = await graphql(
      payload,
      `mutation { updateArticle(id: ${id}, data: { alsoOn: [${site.main}] }) { id } }`,
      { token: token.anHoaChief },
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/không có quyền xuất bản/)
    const bulk = await rest(payload, 'PATCH', `/api/articles?where[id][equals]=${id}`, {
      token: token.anHoaChief,
      body: { alsoOn: [site.main] },
    })
    expect(bulk.body.docs).toHaveLength(0)
    expect(bulk.body.errors).toHaveLength(1)
    expect((await share('anHoaChief', id, [site.main])).status).toBe(403)
    expect((await patch('anHoaChief', id, { alsoOn: [site.phuMy] })).status).toBe(403)
    expect(await alsoOn(id)).toEqual([])

    const proposed = await propose('anHoaChief', id, { note: 'Đề nghị đăng mục Tin cơ sở' })
    expect(proposed.status).toBe(201)
    expect(proposed.body).toMatchObject({
      article: id,
      fromSite: site.anHoa,
      toSite: site.main,
      status: 'pending',
      proposedBy: userId.anHoaChief,
    })
    // Proposing does not touch the article.
    expect(await alsoOn(id)).toEqual([])
    expect((await propose('anHoaChief', id)).status).toBe(409)
    expect((await propose('anHoaEditor', id)).status).toBe(403)
    expect((await propose('anHoaReporter', id)).status).toBe(403)
    expect((await propose('anHoaChief', id, { site: site.phuMy })).status).toBe(400)
  })

  it('the province chief sees pending proposals and accepts; a commune editor or chief cannot', async () => {
    const id = await published(site.anHoa)
    const proposal = (await propose('anHoaChief', id)).body.id
    const pending = (who: Who) =>
      rest(payload, 'GET', `/api/share-proposals?where[status][equals]=pending&depth=0`, {
        token: token[who],
      })
    expect((await pending('provinceChief')).body.docs.map((d: { id: number }) => d.id)).toContain(
      proposal,
    )
    expect((await pending('phuMyChief')).body.totalDocs).toBe(0)
    expect((await pending('anHoaEditor')).body.docs.map((d: { id: number }) => d.id)).toContain(
      proposal,
    )
    expect((await rest(payload, 'GET', '/api/share-proposals')).status).toBe(403)
    // Only the proposals endpoints write them.
    const forged = await rest(payload, 'POST', '/api/share-proposals', {
      token: token.anHoaChief,
      body: { article: id, fromSite: site.anHoa, toSite: site.main },
    })
    expect(forged.status).toBe(403)

    for (const who of ['anHoaEditor', 'anHoaChief', 'phuMyChief', 'provinceReporter'] as const)
      expect((await decide(who, proposal, 'accept')).status).toBe(403)
    expect(await alsoOn(id)).toEqual([])

    const accepted = await decide('provinceChief', proposal, 'accept')
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: userId.provinceChief })
    expect(await alsoOn(id)).toEqual([site.main])
    expect(await publicList(site.main)).toContain(id)
    expect(await publicList(site.phuMy)).not.toContain(id)
    expect((await decide('provinceChief', proposal, 'decline')).status).toBe(409)
    expect((await decide('provinceChief', 999999, 'accept')).status).toBe(404)
  })

  it('declining leaves the article alone', async () => {
    const id = await published(site.anHoa)
    const proposal = (await propose('anHoaChief', id)).body.id
    const declined = await decide('provinceChief', proposal, 'decline')
    expect(declined.status).toBe(200)
    expect(declined.body.status).toBe('declined')
    expect(await alsoOn(id)).toEqual([])
    // Declined, it may be proposed again.
    expect((await propose('anHoaChief', id)).status).toBe(201)
  })

  it('accepting over a pending draft neither publishes the draft nor loses the sharing when it is published', async () => {
    const id = await published(site.anHoa, 'Tiêu đề đang xuất bản')
    const draft = await patch('anHoaChief', id, { title: 'Tiêu đề bản nháp' }, '?draft=true')
    expect(draft.status).toBe(200)
    const versionCount = () =>
      payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })
    const versionsBefore = (await versionCount()).totalDocs
    const proposal = (await propose('anHoaChief', id)).body.id
    expect((await decide('provinceChief', proposal, 'accept')).status).toBe(200)
    // No new version, no transition: only the sharing changed.
    expect((await versionCount()).totalDocs).toBe(versionsBefore)

    const live = await rest(payload, 'GET', `/api/articles/${id}?depth=0`)
    expect(live.body.title).toBe('Tiêu đề đang xuất bản')
    expect(live.body.alsoOn).toEqual([site.main])
    expect(await alsoOn(id, true)).toEqual([site.main])
    const transitions = await payload.count({
      collection: 'article-transitions',
      where: { article: { equals: id } },
    })
    expect(transitions.totalDocs).toBe(2)

    // The draft goes live through the workflow (unpublish, review, publish): the province keeps it.
    await transition(id, ['unpublished', 'in_review', 'published'])
    const after = await rest(payload, 'GET', `/api/articles/${id}?depth=0`)
    expect(after.body.title).toBe('Tiêu đề bản nháp')
    expect(after.body.alsoOn).toEqual([site.main])
  })
})

describe('removing and restoring', () => {
  it('a commune opts out of a province article; it cannot remove other communes', async () => {
    const id = await published(site.main)
    await share('provinceChief', id, 'all-children')
    const unshare = (who: Who, sites: unknown) =>
      rest(payload, 'POST', `/api/articles/${id}/unshare`, { token: token[who], body: { sites } })
    expect((await unshare('phuMyChief', [site.anHoa])).status).toBe(403)
    const out = await unshare('phuMyChief', [site.phuMy])
    expect(out.status).toBe(200)
    expect((await alsoOn(id)).sort()).toEqual([site.anHoa, site.tanLap].sort())
    expect(await publicList(site.phuMy)).not.toContain(id)
    expect((await unshare('anHoaEditor', [site.anHoa])).status).toBe(403)
    expect((await unshare('provinceChief', 'all')).status).toBe(200)
    expect(await alsoOn(id)).toEqual([])
  })

  it('restoring an old version cannot add a site the restorer may not publish on', async () => {
    const id = await published(site.anHoa)
    const proposal = (await propose('anHoaChief', id)).body.id
    await decide('provinceChief', proposal, 'accept')
    // The commune withdraws it from the province (it may: it publishes on the origin).
    const withdrawn = await patch('anHoaChief', id, { alsoOn: [] })
    expect(withdrawn.status).toBe(200)
    expect(await alsoOn(id)).toEqual([])

    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      depth: 0,
    })
    const shared = docs.find((v) =>
      (v.version.alsoOn ?? []).some((s) => (typeof s === 'object' ? s.id : s) === site.main),
    )!
    expect(shared).toBeDefined()
    const restore = (who: Who) =>
      rest(payload, 'POST', `/api/articles/versions/${shared.id}`, { token: token[who] })
    const refused = await restore('anHoaChief')
    expect(refused.status).toBe(403)
    expect(message(refused)).toMatch(/không có quyền xuất bản trên trang/)
    expect(await alsoOn(id)).toEqual([])
    expect(await publicList(site.main)).not.toContain(id)
    // The province's chief may bring it back.
    expect((await restore('provinceChief')).status).toBe(200)
    expect(await alsoOn(id)).toEqual([site.main])
  })

  it('a copy of a shared article is not shared', async () => {
    const id = await published(site.main)
    await share('provinceChief', id, [site.anHoa])
    const copy = await rest(payload, 'POST', `/api/articles/${id}/duplicate`, {
      token: token.provinceChief,
      body: { slug: `ban-sao-${id}` },
    })
    expect(copy.status).toBe(200)
    expect(copy.body.doc.alsoOn ?? []).toEqual([])
  })
})

describe('one article, one id', () => {
  it('views and comments from a commune go to the origin article', async () => {
    const id = await published(site.main, 'Tin chỉ có một bản')
    await share('provinceChief', id, [site.anHoa])
    for (const headers of [{ 'x-portal-site': 'xa-an-hoa' }, {}] as Record<string, string>[]) {
      const view = await rest(payload, 'POST', `/api/articles/${id}/view`, { headers })
      expect(view.status).toBe(204)
    }
    const comment = await rest(payload, 'POST', '/api/comments', {
      headers: { 'x-portal-site': 'xa-an-hoa', 'x-portal-socket-address': '10.9.9.9' },
      body: {
        article: id,
        authorName: 'Bạn đọc xã An Hòa',
        content: 'Tin rất hữu ích.',
        consent: true,
      },
    })
    expect(comment.status).toBe(201)
    const pool = sqlPool(payload)
    const stats = await pool.query(
      'SELECT article_id, views::int FROM article_stats WHERE article_id = $1',
      [id],
    )
    expect(stats.rows).toEqual([{ article_id: id, views: 2 }])
    const comments = await pool.query('SELECT article_id, site_id FROM comments WHERE id = $1', [
      comment.body.doc.id,
    ])
    expect(comments.rows).toEqual([{ article_id: id, site_id: site.main }])
    // No second article appeared on the commune: the same row is listed there.
    const copies = await payload.count({
      collection: 'articles',
      where: { title: { equals: 'Tin chỉ có một bản' } },
      overrideAccess: true,
    })
    expect(copies.totalDocs).toBe(1)
  })
})
