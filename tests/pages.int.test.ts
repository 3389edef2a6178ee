import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { graphql, rest } from './helpers/api'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites, type Scope, type SiteKey } from './helpers/twoSites'

/**
 * The "Giới thiệu" / "Liên hệ" pages (issue 14): the editorial workflow of articles, per-site
 * isolation, Vietnamese and English (`?locale=en`) and the "English is older" flag.
 */
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>

const token = (role: Role, scope: Scope) => world.actor(role, scope).token
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/** A page written over REST by `role` of `scope` on `site`. */
async function createPage(site: SiteKey, title: string, by: [Role, Scope] = ['editor', 'all']) {
  const res = await rest(payload, 'POST', '/api/pages', {
    token: token(...by),
    body: { title, content: paragraph(`Nội dung: ${title}`), site: world.sites[site].id },
  })
  if (res.status !== 201) throw new Error(`create page: ${JSON.stringify(res.body)}`)
  return res.body.doc as { id: number; slug: string; englishStale: boolean }
}
const transition = (id: number, to: string, by: [Role, Scope], note?: string) =>
  rest(payload, 'POST', `/api/pages/${id}/transition`, { token: token(...by), body: { to, note } })
async function publish(id: number) {
  expect((await transition(id, 'in_review', ['editor', 'all'])).status).toBe(200)
  expect((await transition(id, 'published', ['editor-in-chief', 'all'])).status).toBe(200)
}
const stored = (id: number) =>
  payload.findByID({ collection: 'pages', id, depth: 0, overrideAccess: true, draft: true })

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  world = await buildTwoSites(payload)
}, 120_000)
afterAll(() => stop())

describe('who writes pages', () => {
  it.each([
    ['admin', 201],
    ['editor-in-chief', 201],
    ['editor', 201],
    ['reporter', 201],
    ['moderator', 403],
  ] as const)('%s of the commune on the commune → %i', async (role, status) => {
    const res = await rest(payload, 'POST', '/api/pages', {
      token: token(role, 'commune'),
      body: { title: `Trang của ${role}`, site: world.sites.commune.id },
    })
    expect(res.status).toBe(status)
    if (status === 201)
      expect(res.body.doc).toMatchObject({ workflowState: 'draft', _status: 'draft' })
  })

  it("the commune's editor may not write on the province's site, nor the public anywhere", async () => {
    const body = { title: 'Cơ cấu tổ chức', site: world.sites.main.id }
    expect(
      (await rest(payload, 'POST', '/api/pages', { token: token('editor', 'commune'), body }))
        .status,
    ).toBe(403)
    expect((await rest(payload, 'POST', '/api/pages', { body })).status).toBe(403)
  })

  it('a page may not be published directly, only through the workflow', async () => {
    const res = await rest(payload, 'POST', '/api/pages', {
      token: token('admin', 'all'),
      body: { title: 'Xuất bản thẳng', _status: 'published', site: world.sites.main.id },
    })
    expect(res.status).toBe(403)
  })

  it('slugs are unique per site: the same standard slug on two sites, -2 on the same site', async () => {
    const main = await createPage('main', 'Liên hệ')
    const commune = await createPage('commune', 'Liên hệ')
    const again = await createPage('main', 'Liên hệ')
    expect([main.slug, commune.slug, again.slug]).toEqual(['lien-he', 'lien-he', 'lien-he-2'])
  })
})

describe('the workflow of articles', () => {
  it('draft → in review → published, recorded, and public only once published', async () => {
    const page = await createPage('main', 'Chức năng, nhiệm vụ', ['reporter', 'main'])
    expect((await rest(payload, 'GET', `/api/pages/${page.id}`)).status).toBe(404)
    expect((await transition(page.id, 'in_review', ['reporter', 'main'])).body).toEqual({
      state: 'in_review',
      publishedAt: null,
      scheduled: false,
    })
    const refused = await transition(page.id, 'published', ['editor', 'main'])
    expect(refused.status).toBe(403)
    const published = await transition(page.id, 'published', ['editor-in-chief', 'main'])
    expect(published.status).toBe(200)
    expect(published.body.state).toBe('published')

    const pub = await rest(payload, 'GET', `/api/pages/${page.id}`)
    expect(pub.status).toBe(200)
    expect(pub.body.title).toBe('Chức năng, nhiệm vụ')

    const history = await rest(payload, 'GET', `/api/pages/${page.id}/history`, {
      token: token('editor', 'main'),
    })
    expect(history.status).toBe(200)
    expect(history.body.docs.map((d: { from: string; to: string }) => [d.from, d.to])).toEqual([
      ['draft', 'in_review'],
      ['in_review', 'published'],
    ])
    expect((await rest(payload, 'GET', `/api/pages/${page.id}/history`)).status).toBe(403)
    const otherSite = await rest(payload, 'GET', `/api/pages/${page.id}/history`, {
      token: token('editor', 'commune'),
    })
    expect(otherSite.status).toBe(404)
  })

  it('returning needs a note; unpublishing takes the page off the public site', async () => {
    const page = await createPage('main', 'Lãnh đạo')
    expect((await transition(page.id, 'in_review', ['editor', 'all'])).status).toBe(200)
    expect((await transition(page.id, 'draft', ['editor', 'all'])).status).toBe(400)
    expect((await transition(page.id, 'draft', ['editor', 'all'], 'Bổ sung chức vụ')).status).toBe(
      200,
    )
    await publish(page.id)
    expect((await rest(payload, 'GET', `/api/pages/${page.id}`)).status).toBe(200)
    expect((await transition(page.id, 'unpublished', ['editor-in-chief', 'main'])).status).toBe(200)
    expect((await rest(payload, 'GET', `/api/pages/${page.id}`)).status).toBe(404)
  })
})

describe('per-site isolation', () => {
  it("other sites' staff and the public see only published pages; GraphQL agrees", async () => {
    const draft = await createPage('commune', 'Bản nháp của xã')
    const live = await createPage('commune', 'Trang đã đăng của xã')
    await publish(live.id)
    const ids = async (opts: { token?: string }) =>
      (
        await rest(
          payload,
          'GET',
          `/api/pages?where[site][equals]=${world.sites.commune.id}&limit=100`,
          opts,
        )
      ).body.docs.map((d: { id: number }) => d.id)
    for (const viewer of [{}, { token: token('editor-in-chief', 'main') }]) {
      const seen = await ids(viewer)
      expect(seen).toContain(live.id)
      expect(seen).not.toContain(draft.id)
    }
    expect(await ids({ token: token('editor', 'commune') })).toContain(draft.id)
    expect(
      (await rest(payload, 'GET', `/api/pages/${draft.id}`, { token: token('editor', 'main') }))
        .status,
    ).toBe(404)
    const gql = await graphql(
      payload,
      `
        {
          Pages(limit: 100) {
            docs {
              id
            }
          }
        }
      `,
      {
        token: token('admin', 'main'),
      },
    )
    const gqlIds = gql.body.data.Pages.docs.map((d: { id: number }) => d.id)
    expect(gqlIds).toContain(live.id)
    expect(gqlIds).not.toContain(draft.id)
  })

  it("the commune's chief may not publish nor edit the province's page", async () => {
    const page = await createPage('main', 'Cơ cấu tổ chức tỉnh')
    expect((await transition(page.id, 'in_review', ['editor', 'main'])).status).toBe(200)
    // The shared transition guard answers 403 (no role on that site), as for articles.
    expect((await transition(page.id, 'published', ['editor-in-chief', 'commune'])).status).toBe(
      403,
    )
    expect((await stored(page.id)).workflowState).toBe('in_review')
    const patch = await rest(payload, 'PATCH', `/api/pages/${page.id}`, {
      token: token('editor-in-chief', 'commune'),
      body: { title: 'Sửa trộm' },
    })
    expect(patch.status).toBe(403)
    expect((await stored(page.id)).title).toBe('Cơ cấu tổ chức tỉnh')
  })
})

describe('Vietnamese and English', () => {
  it('?locale=en reads and writes the English title and content; Vietnamese is unchanged', async () => {
    const page = await createPage('main', 'Cơ cấu tổ chức (song ngữ)')
    const en = await rest(payload, 'PATCH', `/api/pages/${page.id}?locale=en`, {
      token: token('editor', 'main'),
      body: { title: 'Organisational structure', content: paragraph('The committee has…') },
    })
    expect(en.status).toBe(200)
    await publish(page.id)
    const readEn = await rest(payload, 'GET', `/api/pages/${page.id}?locale=en`)
    expect(readEn.body.title).toBe('Organisational structure')
    expect(readEn.body.content.root.children[0].children[0].text).toBe('The committee has…')
    const readVi = await rest(payload, 'GET', `/api/pages/${page.id}`)
    expect(readVi.body.title).toBe('Cơ cấu tổ chức (song ngữ)')
    expect(readVi.body.content.root.children[0].children[0].text).toBe(
      'Nội dung: Cơ cấu tổ chức (song ngữ)',
    )
    const both = await rest(payload, 'GET', `/api/pages/${page.id}?locale=all`)
    expect(both.body.title).toEqual({
      vi: 'Cơ cấu tổ chức (song ngữ)',
      en: 'Organisational structure',
    })
  })

  it('a page with no English falls back to Vietnamese, unless fallback-locale=none', async () => {
    const page = await createPage('main', 'Chỉ có tiếng Việt')
    await publish(page.id)
    expect((await rest(payload, 'GET', `/api/pages/${page.id}?locale=en`)).body.title).toBe(
      'Chỉ có tiếng Việt',
    )
    const strict = await rest(
      payload,
      'GET',
      `/api/pages/${page.id}?locale=en&fallback-locale=none`,
    )
    expect(strict.body.title ?? null).toBeNull()
  })
})

describe('"Bản tiếng Anh cũ hơn bản tiếng Việt"', () => {
  const patch = (id: number, body: Record<string, unknown>, locale = 'vi') =>
    rest(payload, 'PATCH', `/api/pages/${id}?locale=${locale}`, {
      token: token('editor', 'main'),
      body,
    })

  it('is set with no English, cleared by an English save, set again by a Vietnamese change', async () => {
    const page = await createPage('main', 'Trang theo dõi bản dịch')
    const created = await stored(page.id)
    expect(created.englishStale).toBe(true)
    expect(created.viUpdatedAt).toBeTruthy()
    expect(created.enUpdatedAt ?? null).toBeNull()

    await patch(page.id, { title: 'Translation tracking page' }, 'en')
    const translated = await stored(page.id)
    expect(translated.englishStale).toBe(false)
    expect(translated.enUpdatedAt).toBeTruthy()
    expect(translated.viUpdatedAt).toBe(created.viUpdatedAt)

    // Saving the Vietnamese unchanged (what the admin sends back) dates nothing.
    await patch(page.id, { title: 'Trang theo dõi bản dịch', content: created.content })
    expect(await stored(page.id)).toMatchObject({
      englishStale: false,
      viUpdatedAt: created.viUpdatedAt,
    })

    // A workflow transition is not a change of content.
    expect((await transition(page.id, 'in_review', ['editor', 'main'])).status).toBe(200)
    expect((await stored(page.id)).englishStale).toBe(false)

    await patch(page.id, { content: paragraph('Nội dung mới bằng tiếng Việt') })
    const changed = await stored(page.id)
    expect(changed.englishStale).toBe(true)
    expect(new Date(changed.viUpdatedAt!).getTime()).toBeGreaterThan(
      new Date(changed.enUpdatedAt!).getTime(),
    )

    await patch(page.id, { content: paragraph('New content in English') }, 'en')
    expect((await stored(page.id)).englishStale).toBe(false)
  })

  it('callers cannot set the flag or the dates themselves', async () => {
    const page = await createPage('main', 'Không sửa được cờ')
    const res = await patch(page.id, {
      englishStale: false,
      enUpdatedAt: '2099-01-01T00:00:00.000Z',
      viUpdatedAt: '2000-01-01T00:00:00.000Z',
    })
    expect(res.status).toBe(200)
    const after = await stored(page.id)
    expect(after.englishStale).toBe(true)
    expect(after.enUpdatedAt ?? null).toBeNull()
    expect(after.viUpdatedAt).not.toBe('2000-01-01T00:00:00.000Z')
  })

  it('is a list filter: exactly the stale pages of the site', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      where: { site: { equals: world.sites.main.id } },
      limit: 0,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const expected = docs
      .filter((d) => d.englishStale)
      .map((d) => d.id)
      .sort()
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(docs.length)
    const res = await rest(
      payload,
      'GET',
      `/api/pages?where[englishStale][equals]=true&where[site][equals]=${world.sites.main.id}&limit=0&depth=0`,
      { token: token('editor', 'main') },
    )
    expect(res.body.docs.map((d: { id: number }) => d.id).sort()).toEqual(expected)
  })
})
