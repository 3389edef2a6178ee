import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROLES, type Role } from '../src/access/roles'
import { TRANSITIONS } from '../src/workflow/states'
import { graphql, rest } from './helpers/api'
import {
  createAccounts,
  createCategory,
  createDraft,
  moveTo,
  pathTo,
  type Account,
} from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let categoryId: number

const anonymous = undefined
const token = (role: Role | undefined) => (role ? users[role].token : undefined)

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  categoryId = (await createCategory(payload)).id
})
afterAll(() => stop())

/** An article by the reporter, brought to `state` by the admin through the workflow. */
async function articleIn(state: string, author: Account = users.reporter) {
  const doc = await createDraft(payload, author, categoryId)
  await moveTo(payload, doc.id, users.admin, pathTo[state])
  return doc
}

async function publicCanSee(id: number) {
  const list = await rest(payload, 'GET', `/api/articles?where[id][equals]=${id}&depth=0`)
  const one = await rest(payload, 'GET', `/api/articles/${id}?depth=0`)
  const gql = await graphql(
    payload,
    `query { Articles(where: { id: { equals: ${id} } }) { totalDocs } }`,
  )
  const visible = [
    list.body.totalDocs === 1,
    one.status === 200,
    gql.body.data?.Articles?.totalDocs === 1,
  ]
  // The three APIs must agree.
  expect(new Set(visible).size).toBe(1)
  return visible[0]
}

// Search sync jobs pile up here (no Meilisearch in this file): run only the scheduled publishes.
const runScheduledPublishing = () =>
  payload.jobs.run({ allQueues: true, where: { taskSlug: { equals: 'publishScheduledArticle' } } })

describe('create', () => {
  it.each([
    ['admin', 201],
    ['editor-in-chief', 201],
    ['editor', 201],
    ['reporter', 201],
    ['moderator', 403],
    [undefined, 403],
  ] as const)('%s → %i', async (role, status) => {
    const res = await rest(payload, 'POST', '/api/articles', {
      token: token(role),
      body: { title: `Tin do ${role ?? 'khách'} tạo`, category: categoryId },
    })
    expect(res.status).toBe(status)
    if (status === 201) {
      expect(res.body.doc.workflowState).toBe('draft')
      expect(res.body.doc._status).toBe('draft')
      expect(res.body.doc.createdBy).toMatchObject({ id: users[role!].id })
    }
  })

  it('ignores a state, status or author sent by the client', async () => {
    const res = await rest(payload, 'POST', '/api/articles', {
      token: token('reporter'),
      body: {
        title: 'Tin tự xuất bản',
        category: categoryId,
        workflowState: 'published',
        createdBy: users.admin.id,
      },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.workflowState).toBe('draft')
    expect(res.body.doc.createdBy.id).toBe(users.reporter.id)
    const published = await rest(payload, 'POST', '/api/articles', {
      token: token('editor-in-chief'),
      body: { title: 'Tin xuất bản thẳng', category: categoryId, _status: 'published' },
    })
    expect(published.status).toBe(403)
    expect(published.body.errors[0].message).toMatch(/xuất bản/)
  })
})

describe('edit', () => {
  const edit = (id: number, role: Role | undefined) =>
    rest(payload, 'PATCH', `/api/articles/${id}`, {
      token: token(role),
      body: { summary: `Sửa bởi ${role}` },
    })

  it.each(['admin', 'editor-in-chief', 'editor', 'reporter'] as const)(
    '%s edits their own draft',
    async (role) => {
      const doc = await createDraft(payload, users[role], categoryId)
      expect((await edit(doc.id, role)).status).toBe(200)
    },
  )

  it.each([
    [
      'draft',
      {
        admin: 200,
        'editor-in-chief': 200,
        editor: 200,
        reporter: 403,
        moderator: 403,
        anonymous: 403,
      },
    ],
    [
      'in_review',
      {
        admin: 200,
        'editor-in-chief': 200,
        editor: 200,
        reporter: 403,
        moderator: 403,
        anonymous: 403,
      },
    ],
    [
      'published',
      {
        admin: 200,
        'editor-in-chief': 200,
        editor: 403,
        reporter: 403,
        moderator: 403,
        anonymous: 403,
      },
    ],
    [
      'unpublished',
      {
        admin: 200,
        'editor-in-chief': 200,
        editor: 403,
        reporter: 403,
        moderator: 403,
        anonymous: 403,
      },
    ],
  ] as const)("someone else's %s article", async (state, expected) => {
    const doc = await articleIn(state, users.reporter2)
    for (const [who, status] of Object.entries(expected)) {
      const role = who === 'anonymous' ? anonymous : (who as Role)
      expect({ who, status: (await edit(doc.id, role)).status }).toEqual({ who, status })
    }
  })

  it('a reporter cannot edit their own article once submitted', async () => {
    const doc = await articleIn('in_review', users.reporter)
    expect((await edit(doc.id, 'reporter')).status).toBe(403)
  })
})

describe('transitions through POST /api/articles/{id}/transition', () => {
  for (const t of TRANSITIONS) {
    it(`${t.from} → ${t.to}: allowed to ${t.roles.join(', ')} only`, async () => {
      for (const role of [...ROLES, undefined]) {
        const doc = await articleIn(t.from)
        const res = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
          token: token(role),
          body: { to: t.to, note: 'Ghi chú của người duyệt' },
        })
        const allowed = role !== undefined && (t.roles as string[]).includes(role)
        expect({ role, status: res.status }).toEqual({ role, status: allowed ? 200 : 403 })
        if (allowed) expect(res.body.state).toBe(t.to)
        else expect(typeof res.body.errors[0].message).toBe('string')
      }
    })
  }

  it('answers 400 for an impossible move and for a return without a note', async () => {
    const draft = await articleIn('draft')
    const skip = await rest(payload, 'POST', `/api/articles/${draft.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published' },
    })
    expect(skip.status).toBe(400)
    const inReview = await articleIn('in_review')
    const noNote = await rest(payload, 'POST', `/api/articles/${inReview.id}/transition`, {
      token: token('editor'),
      body: { to: 'draft' },
    })
    expect(noNote.status).toBe(400)
    expect(noNote.body.errors[0].message).toMatch(/lý do/)
    const bogus = await rest(payload, 'POST', `/api/articles/${inReview.id}/transition`, {
      token: token('editor'),
      body: { to: 'archived' },
    })
    expect(bogus.status).toBe(400)
    const notJson = await rest(payload, 'POST', `/api/articles/${inReview.id}/transition`, {
      token: token('editor'),
      body: '{"to":',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(notJson.status).toBe(400)
    const missing = await rest(payload, 'POST', `/api/articles/999999/transition`, {
      token: token('editor'),
      body: { to: 'in_review' },
    })
    expect(missing.status).toBe(404)
  })

  it("a reporter may not submit someone else's draft", async () => {
    const doc = await articleIn('draft', users.reporter2)
    const res = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: token('reporter'),
      body: { to: 'in_review' },
    })
    expect(res.status).toBe(403)
  })

  it('records every transition: who, when, from, to, note (staff only)', async () => {
    const doc = await createDraft(payload, users.reporter, categoryId)
    const steps: [Role, string, string?][] = [
      ['reporter', 'in_review'],
      ['editor', 'draft', 'Thiếu nguồn tin'],
      ['reporter', 'in_review'],
      ['editor-in-chief', 'published'],
      ['editor-in-chief', 'unpublished', 'Gỡ để đính chính'],
    ]
    for (const [role, to, note] of steps) {
      const res = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
        token: token(role),
        body: { to, note },
      })
      expect(res.status).toBe(200)
    }
    const history = await rest(payload, 'GET', `/api/articles/${doc.id}/history`, {
      token: token('editor'),
    })
    expect(history.status).toBe(200)
    expect(history.body.docs.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual(
      [
        'draft>in_review',
        'in_review>draft',
        'draft>in_review',
        'in_review>published',
        'published>unpublished',
      ],
    )
    expect(history.body.docs[1]).toMatchObject({
      by: { id: users.editor.id },
      note: 'Thiếu nguồn tin',
    })
    expect(new Date(history.body.docs[4].at).getTime()).toBeGreaterThanOrEqual(
      new Date(history.body.docs[0].at).getTime(),
    )
    expect((await rest(payload, 'GET', `/api/articles/${doc.id}/history`)).status).toBe(403)
    expect(
      (await rest(payload, 'GET', `/api/articles/${doc.id}/history`, { token: token('moderator') }))
        .status,
    ).toBe(200)
  })
})

describe('what the public sees', () => {
  it.each([
    ['draft', false],
    ['in_review', false],
    ['published', true],
    ['unpublished', false],
  ] as const)(
    'a %s article is visible: %s (REST list, REST by id, GraphQL)',
    async (state, visible) => {
      const doc = await articleIn(state)
      expect(await publicCanSee(doc.id)).toBe(visible)
    },
  )

  it.each([
    ['admin', 200],
    ['editor-in-chief', 200],
    ['editor', 200],
    ['moderator', 404],
    [undefined, 404],
  ] as const)("%s reading someone's draft → %i", async (role, status) => {
    const doc = await articleIn('draft', users.reporter2)
    expect(
      (await rest(payload, 'GET', `/api/articles/${doc.id}`, { token: token(role) })).status,
    ).toBe(status)
  })

  it('a reporter reads their own drafts but not another reporter’s', async () => {
    const own = await articleIn('draft', users.reporter)
    const other = await articleIn('draft', users.reporter2)
    expect(
      (await rest(payload, 'GET', `/api/articles/${own.id}`, { token: token('reporter') })).status,
    ).toBe(200)
    expect(
      (await rest(payload, 'GET', `/api/articles/${other.id}`, { token: token('reporter') }))
        .status,
    ).toBe(404)
  })

  it('anonymous ?draft=true sees no unpublished content', async () => {
    const doc = await articleIn('in_review')
    const res = await rest(payload, 'GET', `/api/articles/${doc.id}?draft=true`)
    expect(res.status).toBe(404)
  })
})

describe('publishing cannot bypass the workflow', () => {
  it.each(['admin', 'editor-in-chief', 'editor', 'reporter'] as const)(
    'PATCH _status=published by %s on an unpublished article publishes nothing',
    async (role) => {
      const doc = await articleIn('draft', users[role])
      const res = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
        token: token(role),
        body: { _status: 'published', workflowState: 'published' },
      })
      expect(res.status).toBe(403)
      expect(await publicCanSee(doc.id)).toBe(false)
      const fresh = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
      expect(fresh.workflowState).toBe('draft')
    },
  )

  it('PATCH workflowState alone changes nothing', async () => {
    const doc = await articleIn('in_review')
    const res = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor'),
      body: { workflowState: 'published', title: 'Đổi tiêu đề' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.workflowState).toBe('in_review')
    expect(await publicCanSee(doc.id)).toBe(false)
  })

  it('GraphQL updateArticle with _status published is refused', async () => {
    for (const role of ['editor', 'editor-in-chief'] as const) {
      const doc = await articleIn('in_review')
      const res = await graphql(
        payload,
        `mutation { updateArticle(id: ${doc.id}, data: { _status: published, title: "GraphQL" }) { id _status } }`,
        { token: token(role) },
      )
      expect(res.body.errors?.length).toBeGreaterThan(0)
      expect(await publicCanSee(doc.id)).toBe(false)
    }
  })

  it('GraphQL: a reporter cannot edit another reporter’s draft, a moderator nothing', async () => {
    const doc = await articleIn('draft', users.reporter2)
    for (const role of ['reporter', 'moderator'] as const) {
      const res = await graphql(
        payload,
        `mutation { updateArticle(id: ${doc.id}, data: { title: "Chiếm quyền" }) { id } }`,
        {
          token: token(role),
        },
      )
      expect(res.body.errors?.length).toBeGreaterThan(0)
    }
    const fresh = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(fresh.title).not.toBe('Chiếm quyền')
  })

  it('a bulk PATCH that sets _status=published publishes none of the articles', async () => {
    const a = await articleIn('in_review')
    const b = await articleIn('draft')
    const res = await rest(payload, 'PATCH', `/api/articles?where[id][in]=${a.id},${b.id}`, {
      token: token('editor-in-chief'),
      body: { _status: 'published' },
    })
    expect(res.body.docs ?? []).toEqual([])
    expect(res.body.errors.length).toBe(2)
    expect(await publicCanSee(a.id)).toBe(false)
    expect(await publicCanSee(b.id)).toBe(false)
  })

  it('restoring a published version of an unpublished article does not republish it', async () => {
    const doc = await articleIn('unpublished')
    const versions = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
      },
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    for (const role of ['editor', 'editor-in-chief'] as const) {
      const res = await rest(payload, 'POST', `/api/articles/versions/${versions.docs[0].id}`, {
        token: token(role),
      })
      expect(res.status).toBe(403)
    }
    expect(await publicCanSee(doc.id)).toBe(false)
  })

  it('Local API with a user enforces the same rules', async () => {
    const doc = await articleIn('in_review')
    await expect(
      payload.update({
        collection: 'articles',
        id: doc.id,
        data: { _status: 'published' },
        user: { id: users.editor.id, roles: ['editor'], collection: 'users' } as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(await publicCanSee(doc.id)).toBe(false)
  })

  it('the chief can still publish edits to a live article, and Payload’s own unpublish is recorded', async () => {
    const doc = await articleIn('published')
    const edited = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { title: 'Tiêu đề đã đính chính', _status: 'published' },
    })
    expect(edited.status).toBe(200)
    expect((await rest(payload, 'GET', `/api/articles/${doc.id}`)).body.title).toBe(
      'Tiêu đề đã đính chính',
    )

    const unpublish = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(200)
    expect(await publicCanSee(doc.id)).toBe(false)
    const fresh = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(fresh.workflowState).toBe('unpublished')
    const history = await rest(payload, 'GET', `/api/articles/${doc.id}/history`, {
      token: token('admin'),
    })
    expect(history.body.docs.at(-1)).toMatchObject({
      from: 'published',
      to: 'unpublished',
      by: { id: users['editor-in-chief'].id },
    })
  })
})

describe('scheduled publishing', () => {
  it('an approved article with a future publishedAt goes live through the job queue at that time', async () => {
    const doc = await articleIn('in_review')
    const at = new Date(Date.now() + 1500)
    const res = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published', publishedAt: at.toISOString() },
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ state: 'published', scheduled: true })
    await runScheduledPublishing()
    expect(await publicCanSee(doc.id)).toBe(false)

    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 200))
    await runScheduledPublishing()
    expect(await publicCanSee(doc.id)).toBe(true)
    const live = await rest(payload, 'GET', `/api/articles/${doc.id}`)
    expect(new Date(live.body.publishedAt).getTime()).toBe(at.getTime())
  })

  it('an article unpublished before its time stays offline when the job runs', async () => {
    const doc = await articleIn('in_review')
    await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published', publishedAt: new Date(Date.now() + 800).toISOString() },
    })
    const off = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'unpublished' },
    })
    expect(off.status).toBe(200)
    await new Promise((r) => setTimeout(r, 1000))
    await runScheduledPublishing()
    expect(await publicCanSee(doc.id)).toBe(false)
  })

  it('only the chief and admin schedule', async () => {
    const doc = await articleIn('in_review')
    const res = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: token('editor'),
      body: { to: 'published', publishedAt: new Date(Date.now() + 60_000).toISOString() },
    })
    expect(res.status).toBe(403)
  })
})

describe('slugs and text', () => {
  it('folds Vietnamese titles into unique slugs and stores NFC', async () => {
    const title = 'Đảng ủy xã Vĩnh An họp phiên thường kỳ'.normalize('NFD')
    const a = await createDraft(payload, users.reporter, categoryId, title)
    const b = await createDraft(payload, users.reporter, categoryId, title)
    expect(a.slug).toBe('dang-uy-xa-vinh-an-hop-phien-thuong-ky')
    expect(b.slug).toBe('dang-uy-xa-vinh-an-hop-phien-thuong-ky-2')
    expect(a.title).toBe(title.normalize('NFC'))
  })
})
