import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { moderatedSites, pendingWhere } from '../src/comments/moderatedSites'
import { SITE_COLLECTIONS } from '../src/sites/siteCollections'
import { graphql, rest, upload } from './helpers/api'
import { startTestPayload } from './helpers/testPayload'
import {
  buildTwoSites,
  holdsRoleOn,
  png,
  SECRET_EDIT,
  SITE_KEYS,
  type Actor,
  type SiteKey,
} from './helpers/twoSites'

/**
 * Isolation between sites: the province (main) and the commune An Hòa, each with one account per
 * role held on that site only, and province staff with global roles for comparison. Every row
 * names what an actor must get on each site, over REST, GraphQL and the Local API with the
 * actor's access; anything more is a leak.
 */
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  world = await buildTwoSites(payload)
})
afterAll(() => stop())

type ArticleKey = 'pub' | 'draft' | 'review'
const FULL_READERS: Role[] = ['admin', 'editor-in-chief', 'editor']
const MODERATORS: Role[] = ['admin', 'moderator']
const label = (site: SiteKey) => (site === 'main' ? 'tỉnh' : 'xã An Hòa')

/** Live articles the actor reads on `site`: the published one, plus drafts by role. */
function liveReads(a: Actor, site: SiteKey): ArticleKey[] {
  if (!holdsRoleOn(a, site)) return ['pub']
  if (FULL_READERS.includes(a.role)) return ['pub', 'draft', 'review']
  // The site's reporter wrote its draft; the province's reporter did not.
  if (a.role === 'reporter' && a.scope === site) return ['pub', 'draft']
  return ['pub']
}

/**
 * Latest versions (`draft=true`): the published article's latest version is an unpublished edit,
 * so only those who may read drafts of that site see it, with its text.
 */
function draftReads(a: Actor, site: SiteKey): ArticleKey[] {
  if (!holdsRoleOn(a, site)) return []
  if (FULL_READERS.includes(a.role)) return ['pub', 'draft', 'review']
  if (a.role === 'reporter' && a.scope === site) return ['draft']
  return []
}

/** Articles the actor may edit on `site`. */
function edits(a: Actor, site: SiteKey): ArticleKey[] {
  if (!holdsRoleOn(a, site)) return []
  if (a.role === 'admin' || a.role === 'editor-in-chief') return ['pub', 'draft', 'review']
  // An editor's draft save over a live article is a correction for review (issue 16).
  if (a.role === 'editor') return ['pub', 'draft', 'review']
  if (a.role === 'reporter' && a.scope === site) return ['draft']
  return []
}

const moderates = (a: Actor, site: SiteKey) => holdsRoleOn(a, site) && MODERATORS.includes(a.role)
const writes = (a: Actor, site: SiteKey) => holdsRoleOn(a, site) && a.role !== 'moderator'

/** Maps ids back to `site.key` names, e.g. `commune.draft`. */
function articleNames(ids: number[]): string[] {
  const names: string[] = []
  for (const site of SITE_KEYS)
    for (const [key, id] of Object.entries(world.sites[site].articles))
      if (ids.includes(id)) names.push(`${site}.${key}`)
  return names.sort()
}
const expectedNames = (a: Actor, rule: (a: Actor, s: SiteKey) => ArticleKey[]) =>
  SITE_KEYS.flatMap((s) => rule(a, s).map((k) => `${s}.${k}`)).sort()
const fixtureIds = () => SITE_KEYS.flatMap((s) => Object.values(world.sites[s].articles)).join(',')

// vitest builds its tables before beforeAll: name the rows, look the actor up inside the test.
const NAMES = (['main', 'commune', 'all'] as const).flatMap((scope) =>
  (['admin', 'editor-in-chief', 'editor', 'reporter', 'moderator'] as const).map(
    (role) => `${role}@${scope}`,
  ),
)
const byName = (name: string) => world.actors.find((a) => a.name === name)!

describe('reading articles', () => {
  it.each(NAMES)('%s: live list, draft list and by id over REST', async (name) => {
    const a = byName(name)
    const ids = fixtureIds()
    const live = await rest(
      payload,
      'GET',
      `/api/articles?where[id][in]=${ids}&limit=100&depth=0`,
      {
        token: a.token,
      },
    )
    expect(live.status).toBe(200)
    expect(articleNames(live.body.docs.map((d: { id: number }) => d.id))).toEqual(
      expectedNames(a, liveReads),
    )
    const drafts = await rest(
      payload,
      'GET',
      `/api/articles?where[id][in]=${ids}&limit=100&depth=0&draft=true`,
      { token: a.token },
    )
    expect(drafts.status).toBe(200)
    expect(articleNames(drafts.body.docs.map((d: { id: number }) => d.id))).toEqual(
      expectedNames(a, draftReads),
    )
    for (const site of SITE_KEYS) {
      const secret = `${SECRET_EDIT} ${label(site)}`
      const mayReadEdit = draftReads(a, site).includes('pub')
      expect(JSON.stringify(drafts.body).includes(secret)).toBe(mayReadEdit)
      expect(JSON.stringify(live.body).includes(secret)).toBe(false)
      for (const key of ['pub', 'draft', 'review'] as const) {
        const id = world.sites[site].articles[key]
        const one = await rest(payload, 'GET', `/api/articles/${id}?depth=0&draft=true`, {
          token: a.token,
        })
        const readable = liveReads(a, site).includes(key) || draftReads(a, site).includes(key)
        expect(one.status, `${site}.${key}`).toBe(readable ? 200 : 404)
        if (key === 'pub') expect(one.body.title.startsWith(SECRET_EDIT)).toBe(mayReadEdit)
      }
    }
  })

  it.each(NAMES)('%s: versions and history', async (name) => {
    const a = byName(name)
    for (const site of SITE_KEYS) {
      const ids = Object.values(world.sites[site].articles).join(',')
      const where = `where[parent][in]=${ids}&limit=0`
      const { totalDocs: all } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { in: ids.split(',') } },
        limit: 0,
      })
      const res = await rest(payload, 'GET', `/api/articles/versions?${where}`, { token: a.token })
      // Payload answers 403 to a user with no versions to read at all, else filters.
      expect(res.status).toBe(a.role === 'moderator' ? 403 : 200)
      if (res.status === 200) expect(res.body.totalDocs, site).toBe(writes(a, site) ? all : 0)
      const { docs } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: world.sites[site].articles.draft } },
        limit: 1,
      })
      const one = await rest(payload, 'GET', `/api/articles/versions/${docs[0].id}`, {
        token: a.token,
      })
      expect(one.status, site).toBe(writes(a, site) ? 200 : 403)
      if (one.status !== 200) expect(JSON.stringify(one.body)).not.toContain('Nháp phóng viên')
      const history = await rest(
        payload,
        'GET',
        `/api/articles/${world.sites[site].articles.review}/history`,
        { token: a.token },
      )
      expect(history.status, site).toBe(holdsRoleOn(a, site) ? 200 : 404)
    }
  })

  it.each(NAMES)('%s: GraphQL lists and the Local API agree with REST', async (name) => {
    const a = byName(name)
    const ids = fixtureIds()
    const gql = await graphql(
      payload,
      `
        query {
          live: Articles(limit: 100) {
            docs {
              id
              title
            }
          }
          drafts: Articles(limit: 100, draft: true) {
            docs {
              id
              title
            }
          }
          versions: versionsArticles(limit: 0) {
            totalDocs
          }
        }
      `,
      { token: a.token },
    )
    // Only the fixture's articles exist at this point: the lists are whole, not filtered by id.
    if (a.role === 'moderator') {
      // No versions to read anywhere: GraphQL reports the one forbidden field.
      expect(gql.body.errors.map((e: { path: string[] }) => e.path)).toEqual([['versions']])
    } else expect(gql.body.errors).toBeUndefined()
    const gqlIds = (list: { id: number }[]) => list.map((d) => Number(d.id))
    expect(articleNames(gqlIds(gql.body.data.live.docs))).toEqual(expectedNames(a, liveReads))
    expect(articleNames(gqlIds(gql.body.data.drafts.docs))).toEqual(expectedNames(a, draftReads))
    const { totalDocs: allVersions } = await payload.countVersions({
      collection: 'articles',
      where: { parent: { in: ids.split(',') } },
    })
    const writtenVersions = await payload.countVersions({
      collection: 'articles',
      where: {
        parent: { in: ids.split(',') },
        'version.site': { in: SITE_KEYS.filter((s) => writes(a, s)).map((s) => world.sites[s].id) },
      },
    })
    if (a.role !== 'moderator')
      expect(gql.body.data.versions.totalDocs).toBe(
        SITE_KEYS.every((s) => writes(a, s)) ? allVersions : writtenVersions.totalDocs,
      )
    const local = (draft: boolean) =>
      payload.find({
        collection: 'articles',
        where: { id: { in: ids.split(',') } },
        limit: 100,
        depth: 0,
        draft,
        user: a.user,
        overrideAccess: false,
      })
    expect(articleNames((await local(false)).docs.map((d) => d.id))).toEqual(
      expectedNames(a, liveReads),
    )
    expect(articleNames((await local(true)).docs.map((d) => d.id))).toEqual(
      expectedNames(a, draftReads),
    )
  })
})

describe('comments and commenters’ data', () => {
  const PRIVATE = ['authorEmail', 'ipHash', 'flags'] as const

  it.each(NAMES)('%s: REST, GraphQL and Local API lists', async (name) => {
    const a = byName(name)
    const fixture = SITE_KEYS.flatMap((s) => Object.values(world.sites[s].comments))
    const where = `where[id][in]=${fixture.join(',')}`
    const res = await rest(payload, 'GET', `/api/comments?${where}&limit=100&depth=0`, {
      token: a.token,
    })
    const gql = await graphql(
      payload,
      `
        query {
          Comments(limit: 100) {
            docs {
              id
              status
              authorEmail
              ipHash
              flags
            }
          }
        }
      `,
      { token: a.token },
    )
    const local = await payload.find({
      collection: 'comments',
      where: { id: { in: fixture } },
      limit: 100,
      depth: 0,
      user: a.user,
      overrideAccess: false,
    })
    // Asking for the private fields only (no `site` to decide by) must not reveal them either.
    const selected = await rest(
      payload,
      'GET',
      `/api/comments?${where}&limit=100&select[authorEmail]=true&select[ipHash]=true&select[flags]=true`,
      { token: a.token },
    )
    for (const site of SITE_KEYS) {
      const { pending, approved } = world.sites[site].comments
      const expected = moderates(a, site) ? [pending, approved] : [approved]
      const lists = {
        rest: res.body.docs,
        graphql: gql.body.data.Comments.docs.map((d: { id: string }) => ({
          ...d,
          id: Number(d.id),
        })),
        local: local.docs,
        select: selected.body.docs,
      }
      for (const [via, docs] of Object.entries(lists)) {
        const here = (docs as Record<string, unknown>[]).filter((d) =>
          [pending, approved].includes(d.id as number),
        )
        expect(here.map((d) => d.id).sort(), `${via} ${site}`).toEqual(expected.sort())
        for (const doc of here)
          for (const field of PRIVATE) {
            const shown = doc[field] !== undefined && doc[field] !== null
            expect(shown, `${via} ${site} ${field}`).toBe(moderates(a, site))
          }
      }
    }
  })

  it.each(NAMES)('%s: cannot find other sites’ comments by a commenter’s data', async (name) => {
    const a = byName(name)
    const mayQuery = a.role === 'admin' || a.role === 'moderator'
    for (const site of SITE_KEYS) {
      const { approved } = world.sites[site].comments
      const email = `ban-doc-${site}-2@example.org`
      const found = moderates(a, site) ? [approved] : []
      const byEmail = await rest(
        payload,
        'GET',
        `/api/comments?where[authorEmail][equals]=${email}&depth=0`,
        { token: a.token },
      )
      // Staff who may not read the field may not query by it at all (Payload: 400 / 403).
      if (!mayQuery) expect(byEmail.status).not.toBe(200)
      else
        expect(
          byEmail.body.docs.map((d: { id: number }) => d.id),
          site,
        ).toEqual(found)
      if (!mayQuery) continue
      const byHash = await graphql(
        payload,
        `query { Comments(where: { ipHash: { equals: "hash-${site}-2" } }) { docs { id } } }`,
        { token: a.token },
      )
      expect(byHash.body.data.Comments.docs.map((d: { id: string }) => Number(d.id))).toEqual(found)
      const sorted = await rest(
        payload,
        'GET',
        `/api/comments?where[id][equals]=${approved}&sort=authorEmail&depth=0`,
        { token: a.token },
      )
      expect(
        sorted.body.docs.map((d: { id: number }) => d.id),
        site,
      ).toEqual(found)
      const local = await payload.count({
        collection: 'comments',
        where: { authorEmail: { equals: email } },
        user: a.user,
        overrideAccess: false,
      })
      expect(local.totalDocs, site).toBe(found.length)
    }
  })

  it.each(NAMES)('%s: moderating a pending comment', async (name) => {
    const a = byName(name)
    for (const site of SITE_KEYS) {
      const fresh = await payload.create({
        collection: 'comments',
        data: {
          article: world.sites[site].articles.pub,
          site: world.sites[site].id,
          content: `Chờ duyệt cho ${a.name}`,
          authorName: 'Người đọc',
          status: 'pending',
        },
      })
      const res = await rest(payload, 'PATCH', `/api/comments/${fresh.id}`, {
        token: a.token,
        body: { status: 'approved' },
      })
      expect(res.status, site).toBe(moderates(a, site) ? 200 : 403)
      const after = await payload.findByID({ collection: 'comments', id: fresh.id })
      expect(after.status, site).toBe(moderates(a, site) ? 'approved' : 'pending')
      await payload.delete({ collection: 'comments', id: fresh.id })
    }
  })

  it('the pending count (admin nav) and the queue count only what the user moderates', async () => {
    // PendingCommentsLink and the queue run for admins and moderators (of any site) only.
    for (const a of world.actors.filter((b) => MODERATORS.includes(b.role))) {
      const { totalDocs } = await payload.count({
        collection: 'comments',
        where: { status: { equals: 'pending' } },
        user: a.user,
        overrideAccess: false,
      })
      expect(totalDocs, a.name).toBe(SITE_KEYS.filter((s) => moderates(a, s)).length)
    }
  })
})

describe('editing, workflow and uploads', () => {
  it.each(NAMES)('%s: PATCH each article', async (name) => {
    const a = byName(name)
    for (const site of SITE_KEYS)
      for (const key of ['pub', 'draft', 'review'] as const) {
        const id = world.sites[site].articles[key]
        const res = await rest(payload, 'PATCH', `/api/articles/${id}?draft=true`, {
          token: a.token,
          body: { summary: `Sửa bởi ${a.name}` },
        })
        expect(res.status, `${site}.${key}`).toBe(edits(a, site).includes(key) ? 200 : 403)
      }
  })

  it.each(NAMES)('%s: transitions (submit a draft, publish an article in review)', async (name) => {
    const a = byName(name)
    for (const site of SITE_KEYS) {
      const { id: siteId, category } = world.sites[site]
      // The actor's own draft where they write; else one by the site's reporter.
      const author = writes(a, site) ? a : world.actor('reporter', site)
      const draft = await world.draftBy(author, siteId, category, `Nháp để gửi ${a.name}`)
      const submit = await rest(payload, 'POST', `/api/articles/${draft.id}/transition`, {
        token: a.token,
        body: { to: 'in_review' },
      })
      expect(submit.status, `${site} submit`).toBe(writes(a, site) ? 200 : 403)
      const review = await world.draftBy(
        world.actor('reporter', site),
        siteId,
        category,
        `Chờ xuất bản ${a.name}`,
      )
      await world.move(review.id, ['in_review'])
      const publish = await rest(payload, 'POST', `/api/articles/${review.id}/transition`, {
        token: a.token,
        body: { to: 'published' },
      })
      const chief = holdsRoleOn(a, site) && ['admin', 'editor-in-chief'].includes(a.role)
      expect(publish.status, `${site} publish`).toBe(chief ? 200 : 403)
      const after = await payload.findByID({ collection: 'articles', id: review.id, draft: true })
      expect(after.workflowState).toBe(chief ? 'published' : 'in_review')
    }
  })

  it.each(NAMES)('%s: uploads media to each site', async (name) => {
    const a = byName(name)
    const image = await png()
    for (const site of SITE_KEYS) {
      const file = { name: `anh-${a.name}.png`.replace('@', '-'), type: 'image/png', data: image }
      // Addressed to the site as the /don-vi/{slug}/api/… proxy does, and by naming the site.
      const byHeader = await upload(
        payload,
        '/api/media',
        file,
        { alt: 'Ảnh thử' },
        {
          token: a.token,
          headers: { 'x-portal-site': world.sites[site].slug },
        },
      )
      expect(byHeader.status, `${site} header ${JSON.stringify(byHeader.body)}`).toBe(
        writes(a, site) ? 201 : 403,
      )
      if (writes(a, site))
        expect(byHeader.body.doc.site).toMatchObject({ id: world.sites[site].id })
      const named = await upload(
        payload,
        '/api/media',
        file,
        {
          alt: 'Ảnh thử',
          site: world.sites[site].id,
        },
        { token: a.token },
      )
      expect(named.status, `${site} named ${JSON.stringify(named.body)}`).toBe(
        writes(a, site) ? 201 : 403,
      )
    }
  })
})

describe('users', () => {
  it.each(NAMES)('%s: lists only themselves and staff of their sites', async (name) => {
    const a = byName(name)
    const { totalDocs: everyone } = await payload.count({ collection: 'users' })
    const expected =
      a.scope === 'all' ? everyone : world.actors.filter((b) => b.scope === a.scope).length
    const res = await rest(payload, 'GET', '/api/users?limit=200&depth=0', { token: a.token })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(expected)
    const gql = await graphql(payload, 'query { Users(limit: 200) { totalDocs docs { email } } }', {
      token: a.token,
    })
    expect(gql.body.data.Users.totalDocs).toBe(expected)
    const local = await payload.find({
      collection: 'users',
      limit: 200,
      user: a.user,
      overrideAccess: false,
    })
    expect(local.totalDocs).toBe(expected)
    if (a.scope !== 'all')
      for (const doc of res.body.docs as { email: string }[])
        expect(doc.email.endsWith(`.${a.scope}@vinhan.example.vn`), doc.email).toBe(true)
  })

  it.each(NAMES)('%s: cannot create accounts nor give themself roles or sites', async (name) => {
    const a = byName(name)
    const isRoot = a.scope === 'all' && a.role === 'admin'
    const created = await rest(payload, 'POST', '/api/users', {
      token: a.token,
      body: {
        email: `moi.${a.name.replace('@', '.')}@vinhan.example.vn`,
        password: 'mat-khau-moi-12345',
        name: 'Tài khoản mới',
        roles: [],
        sites: [{ site: world.sites.commune.id, roles: ['editor'] }],
      },
    })
    expect(created.status).toBe(isRoot ? 201 : 403)
    const self = await rest(payload, 'PATCH', `/api/users/${a.id}`, {
      token: a.token,
      body: {
        name: `Tên mới ${a.name}`,
        roles: ['admin'],
        sites: [{ site: world.sites.main.id, roles: ['admin'] }],
      },
    })
    expect(self.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: a.id, depth: 0 })
    expect(after.name).toBe(`Tên mới ${a.name}`)
    if (!isRoot) {
      expect(after.roles).toEqual(a.user.roles)
      expect(after.sites?.map((r) => [r.site, r.roles])).toEqual(
        a.user.sites?.map((r) => [r.site, r.roles]),
      )
    } else {
      // Restore the province admin as it was.
      await payload.update({ collection: 'users', id: a.id, data: { roles: ['admin'], sites: [] } })
    }
    // Another site's (or the province's) staff: not even visible, so not editable.
    const other = world.actor(
      a.role === 'admin' ? 'editor' : 'admin',
      a.scope === 'main' ? 'commune' : 'main',
    )
    const edit = await rest(payload, 'PATCH', `/api/users/${other.id}`, {
      token: a.token,
      body: { name: 'Đổi tên' },
    })
    expect(edit.status).toBe(isRoot ? 200 : 403)
  })
})

describe('writing across sites', () => {
  const editorOf = (site: SiteKey) => world.actor('editor', site)
  const chiefOf = (site: SiteKey) => world.actor('editor-in-chief', site)
  const article = (site: SiteKey) => ({
    title: `Tin mới ${Math.random().toString(36).slice(2, 8)}`,
    category: world.sites[site].category,
  })

  it('a commune editor cannot move its article to the province, nor create there', async () => {
    const ed = editorOf('commune')
    const mine = await world.draftBy(
      ed,
      world.sites.commune.id,
      world.sites.commune.category,
      'Tin của xã',
    )
    const moved = await rest(payload, 'PATCH', `/api/articles/${mine.id}?draft=true`, {
      token: ed.token,
      body: { site: world.sites.main.id },
    })
    expect(moved.status).toBe(403)
    expect(moved.body.errors[0].message).toBe(
      'Bạn không có quyền viết tin bài trên trang đơn vị này.',
    )
    const after = await payload.findByID({ collection: 'articles', id: mine.id, draft: true })
    expect(after.site).toMatchObject({ id: world.sites.commune.id })
    const created = await rest(payload, 'POST', '/api/articles', {
      token: ed.token,
      body: { ...article('commune'), site: world.sites.main.id },
    })
    expect(created.status).toBe(403)
    const gql = await graphql(
      payload,
      `mutation { createArticle(data: { title: "Qua GraphQL", workflowState: draft, category: ${world.sites.commune.category}, site: ${world.sites.main.id} }, draft: true) { id } }`,
      { token: ed.token },
    )
    expect(gql.body.data?.createArticle ?? null).toBeNull()
    expect(gql.body.errors[0].message).toBe(
      'Bạn không có quyền viết tin bài trên trang đơn vị này.',
    )
  })

  it.each([
    ['x-portal-site: xa-an-hoa', { 'x-portal-site': 'xa-an-hoa' }],
    ['Host of the commune', { host: 'anhoa.vinhan.example.vn' }],
    ['Host with a port and upper case', { host: 'AnHoa.VinhAn.example.vn:3000' }],
  ])('a create without site addressed by %s lands on the commune', async (_label, headers) => {
    const ok = await rest(payload, 'POST', '/api/articles', {
      token: editorOf('commune').token,
      body: article('commune'),
      headers,
    })
    expect(ok.status).toBe(201)
    expect(ok.body.doc.site).toMatchObject({ id: world.sites.commune.id })
    // The province's editor holds no role on the commune.
    const refused = await rest(payload, 'POST', '/api/articles', {
      token: editorOf('main').token,
      body: article('commune'),
      headers,
    })
    expect(refused.status).toBe(403)
    // Province staff (global roles) may write there.
    const province = await rest(payload, 'POST', '/api/articles', {
      token: world.actor('editor', 'all').token,
      body: article('commune'),
      headers,
    })
    expect(province.status).toBe(201)
    expect(province.body.doc.site).toMatchObject({ id: world.sites.commune.id })
  })

  it('a create without site on the main host lands on the province: 403 for the commune', async () => {
    const res = await rest(payload, 'POST', '/api/articles', {
      token: editorOf('commune').token,
      body: article('commune'),
      headers: { host: 'vinhan.example.vn' },
    })
    expect(res.status).toBe(403)
  })

  it('a commune chief cannot restore a version of a province article', async () => {
    const { pub } = world.sites.main.articles
    const before = await payload.findByID({ collection: 'articles', id: pub, draft: true })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: pub } },
      sort: 'createdAt',
      limit: 1,
    })
    const res = await rest(payload, 'POST', `/api/articles/versions/${docs[0].id}`, {
      token: chiefOf('commune').token,
    })
    expect(res.status).toBe(403)
    const after = await payload.findByID({ collection: 'articles', id: pub, draft: true })
    expect(after.title).toBe(before.title)
    expect(after.updatedAt).toBe(before.updatedAt)
    // Its own chief may (the control).
    const own = await rest(payload, 'POST', `/api/articles/versions/${docs[0].id}`, {
      token: chiefOf('main').token,
    })
    expect(own.status).toBe(200)
  })

  it('bulk PATCH and DELETE by a commune chief touch only the commune', async () => {
    const ids = SITE_KEYS.map((s) => world.sites[s].articles.review)
    const where = `where[id][in]=${ids.join(',')}`
    const patched = await rest(payload, 'PATCH', `/api/articles?${where}&draft=true`, {
      token: chiefOf('commune').token,
      body: { summary: 'Sửa hàng loạt' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.docs.map((d: { id: number }) => d.id)).toEqual([
      world.sites.commune.articles.review,
    ])
    const main = await payload.findByID({ collection: 'articles', id: ids[0], draft: true })
    expect(main.summary).not.toBe('Sửa hàng loạt')
    const commune = await payload.findByID({ collection: 'articles', id: ids[1], draft: true })
    expect(commune.summary).toBe('Sửa hàng loạt')
    const gql = await graphql(
      payload,
      `mutation { updateArticle(id: ${ids[0]}, data: { summary: "Qua GraphQL" }, draft: true) { id } }`,
      { token: chiefOf('commune').token },
    )
    expect(gql.body.errors[0].extensions.statusCode).toBe(403)
    const fresh = await world.draftBy(
      world.actor('reporter', 'main'),
      world.sites.main.id,
      world.sites.main.category,
      'Không được xóa',
    )
    const deleted = await rest(payload, 'DELETE', `/api/articles?where[id][in]=${fresh.id}`, {
      token: chiefOf('commune').token,
    })
    expect(deleted.body.docs).toEqual([])
    expect(
      (await payload.count({ collection: 'articles', where: { id: { equals: fresh.id } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('categories and banners: a site admin manages its own site only', async () => {
    const admin = world.actor('admin', 'commune')
    const mine = await rest(payload, 'POST', '/api/categories', {
      token: admin.token,
      body: { title: 'Tin cơ sở', site: world.sites.commune.id },
    })
    expect(mine.status).toBe(201)
    const theirs = await rest(payload, 'POST', '/api/categories', {
      token: admin.token,
      body: { title: 'Tin cơ sở', site: world.sites.main.id },
    })
    expect(theirs.status).toBe(403)
    const edit = await rest(payload, 'PATCH', `/api/categories/${world.sites.main.category}`, {
      token: admin.token,
      body: { title: 'Đổi tên' },
    })
    expect(edit.status).toBe(403)
    const banner = await rest(payload, 'POST', '/api/banners', {
      token: admin.token,
      body: { title: 'Banner', image: world.sites.main.media, site: world.sites.main.id },
    })
    expect(banner.status).toBe(403)
  })

  it('a site admin edits its site’s name and footer, not its slug, domains or parent, nor other sites', async () => {
    const admin = world.actor('admin', 'commune')
    const res = await rest(payload, 'PATCH', `/api/sites/${world.sites.commune.id}`, {
      token: admin.token,
      body: {
        name: 'Đảng ủy xã An Hòa (mới)',
        slug: 'chiem-quyen',
        domains: ['vinhan.example.vn'],
        parent: null,
        settings: { footerText: 'Chân trang xã' },
      },
    })
    expect(res.status).toBe(200)
    const site = await payload.findByID({ collection: 'sites', id: world.sites.commune.id })
    expect(site.name).toBe('Đảng ủy xã An Hòa (mới)')
    expect(site.settings?.footerText).toBe('Chân trang xã')
    expect(site.slug).toBe('xa-an-hoa')
    expect(site.domains).toEqual(['anhoa.vinhan.example.vn'])
    expect(site.parent).toMatchObject({ id: world.sites.main.id })
    const main = await rest(payload, 'PATCH', `/api/sites/${world.sites.main.id}`, {
      token: admin.token,
      body: { name: 'Chiếm' },
    })
    expect(main.status).toBe(403)
    const created = await rest(payload, 'POST', '/api/sites', {
      token: admin.token,
      body: { name: 'Xã mới', slug: 'xa-moi' },
    })
    expect(created.status).toBe(403)
  })

  it('a domain is held by one site only', async () => {
    const res = await rest(payload, 'POST', '/api/sites', {
      token: world.root.token,
      body: { name: 'Xã Bình Minh', slug: 'xa-binh-minh', domains: ['AnHoa.VinhAn.example.vn'] },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('anhoa.vinhan.example.vn')
  })
})

describe('admin: moderation queue and list views', () => {
  it('the queue offers the sites the user moderates, and its site filter stays within them', async () => {
    const queue = async (a: Actor, site?: SiteKey) => {
      const sites = await moderatedSites(payload, a.user)
      const where = pendingWhere(site ? world.sites[site].id : undefined, sites)
      const { docs } = await payload.find({
        collection: 'comments',
        where,
        depth: 0,
        user: a.user,
        overrideAccess: false,
      })
      return { sites: sites.map((s) => s.name).sort(), ids: docs.map((d) => d.id).sort() }
    }
    const pending = (site: SiteKey) => world.sites[site].comments.pending
    // Names as they are now (another test renames the commune).
    const nameOf = async (site: SiteKey) =>
      (await payload.findByID({ collection: 'sites', id: world.sites[site].id })).name
    const province = await queue(world.actor('moderator', 'all'))
    expect(province.sites).toEqual([await nameOf('main'), await nameOf('commune')].sort())
    expect(province.ids).toEqual([pending('main'), pending('commune')].sort())
    expect((await queue(world.actor('moderator', 'all'), 'commune')).ids).toEqual([
      pending('commune'),
    ])
    const commune = await queue(world.actor('moderator', 'commune'))
    expect(commune.sites).toEqual([await nameOf('commune')])
    expect(commune.ids).toEqual([pending('commune')])
    // Asking for the province's queue: the filter is ignored, access still applies.
    expect((await queue(world.actor('moderator', 'commune'), 'main')).ids).toEqual([
      pending('commune'),
    ])
    expect(await moderatedSites(payload, world.actor('editor', 'commune').user)).toEqual([])
  })

  it('site-owned collections show a site column and filter in list views', () => {
    for (const slug of SITE_COLLECTIONS) {
      const field = payload.collections[slug].config.fields.find(
        (f) => 'name' in f && f.name === 'site',
      )
      expect(field?.admin, slug).toMatchObject({
        disableListColumn: false,
        disableListFilter: false,
      })
    }
  })
})
