import { XMLParser } from 'fast-xml-parser'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startJobWorker, type JobWorker } from '../src/launcher/worker'
import { findMainSite } from '../src/sites/mainSite'
import { transitionArticle } from '../src/workflow/transitionArticle'
import { graphql, login, rest } from './helpers/api'
import {
  createAccounts,
  createCategory,
  createDraft,
  PASSWORD,
  type Account,
} from './helpers/fixtures'
import { indexedTitles, startSearchPayload, waitForSyncDrained } from './helpers/search'

/**
 * The editorial board at full strength (issue 16): four-eyes, reviewed corrections to live
 * articles, per-category rights and stale saves, on REST, GraphQL and the Local API, against real
 * Postgres and Meilisearch.
 */
let payload: Payload
let stop: () => Promise<void>
let worker: JobWorker
let q: typeof import('../src/site/queries')
let main: { id: number; slug: string }
let users: Awaited<ReturnType<typeof createAccounts>> &
  Record<'chief2' | 'chiefA' | 'editorA' | 'reporterA', Account>
let catA: number
let catB: number

type Who = keyof typeof users
const FOUR_EYES = /Nguyên tắc bốn mắt/
const asUser = (a: Account) => ({ ...a, collection: 'users' }) as never
const token = (who: Who) => users[who].token

async function account(key: string, roles: string[], categories: number[] = []): Promise<Account> {
  const email = `${key}@test.example.org`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: `Tài khoản ${key}`,
      roles: roles as never,
      categories,
    },
  })
  return { id: user.id, email, roles, token: await login(payload, email, PASSWORD) }
}

const transition = (id: number, who: Who, to: string, note?: string) =>
  rest(payload, 'POST', `/api/articles/${id}/transition`, { token: token(who), body: { to, note } })

async function setFourEyes(on: boolean) {
  await payload.update({ collection: 'sites', id: main.id, data: { settings: { fourEyes: on } } })
}

/** A draft by `author` in `category`, submitted by the author. */
async function submitted(author: Who = 'reporter', category = catA, title?: string) {
  const doc = await createDraft(payload, users[author], category, title)
  expect((await transition(doc.id, author, 'in_review')).status).toBe(200)
  return doc
}

/** A reporter's article, live, published by the second chief. */
async function liveArticle(title?: string) {
  const doc = await submitted('reporter', catA, title)
  expect((await transition(doc.id, 'chief2', 'published')).status).toBe(200)
  return doc
}

const publicTitle = async (id: number) =>
  (await rest(payload, 'GET', `/api/articles/${id}?depth=0`)).body?.title

beforeAll(async () => {
  ;({ payload, stop } = await startSearchPayload())
  q = await import('../src/site/queries')
  main = (await findMainSite(payload)) as { id: number; slug: string }
  catA = (await createCategory(payload, 'Xây dựng Đảng')).id
  catB = (await createCategory(payload, 'Kinh tế')).id
  users = {
    ...(await createAccounts(payload)),
    chief2: await account('chief2', ['editor-in-chief']),
    chiefA: await account('chiefA', ['editor-in-chief'], [catA]),
    editorA: await account('editorA', ['editor'], [catA]),
    reporterA: await account('reporterA', ['reporter'], [catA]),
  }
  worker = startJobWorker(payload, { intervalMs: 100 })
})

afterAll(async () => {
  await worker?.stop()
  await stop?.()
})

describe('four-eyes (settings.fourEyes)', () => {
  it('off: the chief who submitted an article publishes it', async () => {
    await setFourEyes(false)
    const doc = await submitted('editor-in-chief')
    expect((await transition(doc.id, 'editor-in-chief', 'published')).status).toBe(200)
  })

  it('on: the submitter and the last content editor get 403, another chief publishes', async () => {
    await setFourEyes(true)
    const own = await submitted('editor-in-chief')
    const refused = await transition(own.id, 'editor-in-chief', 'published')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(FOUR_EYES)
    expect((await transition(own.id, 'chief2', 'published')).status).toBe(200)

    const edited = await submitted('reporter')
    const edit = await rest(payload, 'PATCH', `/api/articles/${edited.id}`, {
      token: token('editor-in-chief'),
      body: { summary: 'Tổng biên tập sửa sapo.' },
    })
    expect(edit.status).toBe(200)
    expect(edit.body.doc.lastContentEditor.id).toBe(users['editor-in-chief'].id)
    expect(edit.body.doc.submittedBy.id).toBe(users.reporter.id)
    expect((await transition(edited.id, 'editor-in-chief', 'published')).status).toBe(403)
    // The admin, too, is bound by it when they submitted.
    const byAdmin = await submitted('admin')
    expect((await transition(byAdmin.id, 'admin', 'published')).status).toBe(403)
    expect((await transition(edited.id, 'chief2', 'published')).status).toBe(200)
  })

  it('on: a chief changing a live article directly (REST, GraphQL, Local API, bulk) is refused', async () => {
    await setFourEyes(true)
    const a = await liveArticle('Bản đang hiện A')
    const b = await liveArticle('Bản đang hiện B')
    const patch = await rest(payload, 'PATCH', `/api/articles/${a.id}`, {
      token: token('editor-in-chief'),
      body: { title: 'Sửa thẳng', _status: 'published' },
    })
    expect(patch.status).toBe(403)
    expect(patch.body.errors[0].message).toMatch(FOUR_EYES)
    // Placement only (no content change): allowed.
    const featured = await rest(payload, 'PATCH', `/api/articles/${a.id}`, {
      token: token('editor-in-chief'),
      body: { featured: true, _status: 'published' },
    })
    expect(featured.status).toBe(200)
    const gql = await graphql(
      payload,
      `mutation { updateArticle(id: ${a.id}, data: { title: "GraphQL sửa thẳng" }) { id } }`,
      { token: token('editor-in-chief') },
    )
    expect(gql.body.errors[0].message).toMatch(FOUR_EYES)
    await expect(
      payload.update({
        collection: 'articles',
        id: a.id,
        data: { summary: 'Local API sửa thẳng' },
        user: asUser(users['editor-in-chief']),
        overrideAccess: false,
      }),
    ).rejects.toThrow(FOUR_EYES)
    const bulk = await rest(payload, 'PATCH', `/api/articles?where[id][in]=${a.id},${b.id}`, {
      token: token('editor-in-chief'),
      body: { summary: 'Sửa hàng loạt' },
    })
    expect(bulk.body.docs).toEqual([])
    expect(bulk.body.errors).toHaveLength(2)
    expect(await publicTitle(a.id)).toBe('Bản đang hiện A')
    expect((await rest(payload, 'GET', `/api/articles/${b.id}`)).body.summary).not.toBe(
      'Sửa hàng loạt',
    )
  })

  it('on: the transition through the Local API with a user is refused the same way', async () => {
    await setFourEyes(true)
    const doc = await submitted('editor-in-chief')
    const req = await createLocalReq({ user: asUser(users['editor-in-chief']) }, payload)
    await expect(transitionArticle({ req, id: doc.id, to: 'published' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(FOUR_EYES),
    })
  })

  it('on: restoring a version live is refused; restoring it as a draft proposes a correction', async () => {
    await setFourEyes(false)
    const doc = await liveArticle('Tiêu đề thứ nhất')
    await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { title: 'Tiêu đề thứ hai', _status: 'published' },
    })
    await setFourEyes(true)
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ parent: { equals: doc.id } }, { 'version.title': { equals: 'Tiêu đề thứ nhất' } }],
      },
      sort: '-updatedAt',
    })
    const restore = await rest(payload, 'POST', `/api/articles/versions/${docs[0].id}`, {
      token: token('editor-in-chief'),
    })
    expect(restore.status).toBe(403)
    expect(await publicTitle(doc.id)).toBe('Tiêu đề thứ hai')
    const asDraft = await rest(payload, 'POST', `/api/articles/versions/${docs[0].id}?draft=true`, {
      token: token('editor'),
    })
    expect(asDraft.status).toBe(200)
    expect(await publicTitle(doc.id)).toBe('Tiêu đề thứ hai')
    const latest = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
    expect(latest).toMatchObject({ title: 'Tiêu đề thứ nhất', correction: 'draft' })
  })

  it('scheduled: refused at schedule time for its own editor, and re-checked when the time comes', async () => {
    await setFourEyes(true)
    const own = await submitted('editor-in-chief')
    const at = () => new Date(Date.now() + 4000).toISOString()
    const mine = await rest(payload, 'POST', `/api/articles/${own.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published', publishedAt: at() },
    })
    expect(mine.status).toBe(403)

    const doc = await submitted('reporter')
    const scheduled = await rest(payload, 'POST', `/api/articles/${doc.id}/transition`, {
      token: token('chief2'),
      body: { to: 'published', publishedAt: at() },
    })
    expect(scheduled.body).toMatchObject({ state: 'published', scheduled: true })
    // The approving chief then rewrites it before its time.
    const edit = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('chief2'),
      body: { summary: 'Sửa sau khi duyệt' },
    })
    expect(edit.status).toBe(200)
    // The job's state write and its history row land apart (the row after the transition's
    // hooks: audit log, notifications): wait for both.
    const historyOf = () =>
      rest(payload, 'GET', `/api/articles/${doc.id}/history`, { token: token('editor') })
    await until(async () => {
      const row = await payload.findByID({ collection: 'articles', id: doc.id, draft: true })
      return (
        row.workflowState === 'in_review' &&
        (await historyOf()).body.docs.at(-1)?.to === 'in_review'
      )
    })
    expect(await publicTitle(doc.id)).toBeUndefined()
    const history = await historyOf()
    expect(history.body.docs.at(-1)).toMatchObject({ from: 'published', to: 'in_review' })
    expect(history.body.docs.at(-1).note).toMatch(FOUR_EYES)
    // Another chief (not its last editor) publishes it.
    expect((await transition(doc.id, 'editor-in-chief', 'published')).status).toBe(200)
  })
})

describe('reviewed corrections to a live article', () => {
  it('readers (page data, REST, GraphQL, RSS, search) see the live text until the chief publishes the correction', async () => {
    await setFourEyes(true)
    const doc = await liveArticle('Hội nghị Ban Chấp hành Đảng bộ tỉnh')
    await waitForSyncDrained(payload)
    const save = await rest(payload, 'PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: token('editor'),
      body: { title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (đính chính)' },
    })
    expect(save.status).toBe(200)
    expect(save.body.doc.correction).toBe('draft')
    // Server-side writes while the draft is pending (a view, a rating) neither publish nor drop it.
    await rest(payload, 'POST', `/api/articles/${doc.id}/view`)
    const submit = await transition(doc.id, 'editor', 'in_review')
    expect(submit.status).toBe(200)
    expect(submit.body).toMatchObject({ state: 'published', correction: 'in_review' })

    await expectReadersSee(doc.id, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh')
    const forEditor = await rest(payload, 'GET', `/api/articles/${doc.id}?draft=true`, {
      token: token('editor'),
    })
    expect(forEditor.body).toMatchObject({
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (đính chính)',
      correction: 'in_review',
      workflowState: 'published',
    })
    // "Việc của tôi": the chief finds the correction among what waits for review.
    const toReview = async () =>
      (
        await rest(payload, 'GET', '/api/my-work', { token: token('editor-in-chief') })
      ).body.toReview.items.map((i: { id: number }) => i.id)
    expect(await toReview()).toContain(doc.id)
    // An editor may still improve a submitted correction; only the chief publishes it.
    const improve = await rest(payload, 'PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: token('editor'),
      body: { summary: 'Sapo mới' },
    })
    expect(improve.status).toBe(200)
    expect((await transition(doc.id, 'editor', 'published')).status).toBe(403)
    const publish = await transition(doc.id, 'editor-in-chief', 'published')
    expect(publish.status).toBe(200)
    expect(publish.body).toMatchObject({ state: 'published', correction: null })
    expect(await toReview()).not.toContain(doc.id)
    await expectReadersSee(doc.id, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5 (đính chính)')
    const live = await payload.findByID({ collection: 'articles', id: doc.id })
    expect(live).toMatchObject({ summary: 'Sapo mới', correction: null, _status: 'published' })

    const history = await rest(payload, 'GET', `/api/articles/${doc.id}/history`, {
      token: token('editor'),
    })
    expect(
      history.body.docs.map(
        (h: { from: string; to: string; correction: boolean }) =>
          `${h.correction ? 'đính chính ' : ''}${h.from}>${h.to}`,
      ),
    ).toEqual([
      'draft>in_review',
      'in_review>published',
      'đính chính draft>in_review',
      'đính chính in_review>published',
    ])
  })

  it('a correction returned with a note goes back to its author; the live article is untouched', async () => {
    await setFourEyes(false)
    const doc = await liveArticle('Tin đang hiện không đổi')
    const save = await rest(payload, 'PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: token('reporter'),
      body: { title: 'Bản đính chính của phóng viên' },
    })
    expect(save.status).toBe(200)
    expect((await transition(doc.id, 'reporter', 'in_review')).status).toBe(200)
    // Submitted: the reporter no longer edits it; the editor may.
    const locked = await rest(payload, 'PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: token('reporter'),
      body: { title: 'Sửa tiếp' },
    })
    expect(locked.status).toBe(403)
    expect((await transition(doc.id, 'editor', 'draft')).status).toBe(400)
    const back = await transition(doc.id, 'editor', 'draft', 'Thiếu nguồn trích dẫn')
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({ state: 'published', correction: 'draft' })
    expect(await publicTitle(doc.id)).toBe('Tin đang hiện không đổi')
    const latest = await rest(payload, 'GET', `/api/articles/${doc.id}?draft=true`, {
      token: token('reporter'),
    })
    expect(latest.body).toMatchObject({
      title: 'Bản đính chính của phóng viên',
      correction: 'draft',
    })
    expect(
      (
        await rest(payload, 'PATCH', `/api/articles/${doc.id}?draft=true`, {
          token: token('reporter'),
          body: { title: 'Bản đính chính sửa lại' },
        })
      ).status,
    ).toBe(200)
    const history = await rest(payload, 'GET', `/api/articles/${doc.id}/history`, {
      token: token('admin'),
    })
    expect(history.body.docs.at(-1)).toMatchObject({
      from: 'in_review',
      to: 'draft',
      correction: true,
      note: 'Thiếu nguồn trích dẫn',
      by: { id: users.editor.id },
    })
    expect(await publicTitle(doc.id)).toBe('Tin đang hiện không đổi')
  })

  it('staff other than the chief change a live article only as a draft; nobody skips review', async () => {
    await setFourEyes(false)
    const doc = await liveArticle('Tin không sửa thẳng được')
    const direct = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor'),
      body: { title: 'Sửa thẳng bản đang hiện' },
    })
    expect(direct.status).toBe(403)
    const unpublish = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor'),
      body: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(403)
    await rest(payload, 'PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: token('editor'),
      body: { title: 'Bản nháp chưa duyệt' },
    })
    // A draft correction cannot be published without review, and a chief's plain publish refuses it.
    expect((await transition(doc.id, 'editor-in-chief', 'published')).status).toBe(400)
    const plain = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { _status: 'published' },
    })
    expect(plain.status).toBe(403)
    expect(await publicTitle(doc.id)).toBe('Tin không sửa thẳng được')
  })
})

describe('pages and documents share the workflow code', () => {
  it('a correction to a live page is reviewed the same way; four-eyes holds there too', async () => {
    await setFourEyes(true)
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Giới thiệu chung' },
      user: asUser(users.editor),
      overrideAccess: false,
      draft: true,
    })
    const move = (who: Who, to: string) =>
      rest(payload, 'POST', `/api/pages/${page.id}/transition`, { token: token(who), body: { to } })
    expect((await move('editor', 'in_review')).status).toBe(200)
    expect((await move('editor-in-chief', 'published')).status).toBe(200)
    const save = await rest(payload, 'PATCH', `/api/pages/${page.id}?draft=true`, {
      token: token('editor-in-chief'),
      body: { title: 'Giới thiệu chung (đính chính)' },
    })
    expect(save.status).toBe(200)
    expect(save.body.doc.correction).toBe('draft')
    expect((await move('editor-in-chief', 'in_review')).body.correction).toBe('in_review')
    const pageTitle = async () => (await rest(payload, 'GET', `/api/pages/${page.id}`)).body.title
    expect(await pageTitle()).toBe('Giới thiệu chung')
    expect((await move('editor-in-chief', 'published')).status).toBe(403)
    expect((await move('chief2', 'published')).status).toBe(200)
    expect(await pageTitle()).toBe('Giới thiệu chung (đính chính)')
  })
})

describe('per-category rights (users.categories)', () => {
  it('create, update, transition and delete only in their categories (REST, GraphQL, Local API)', async () => {
    await setFourEyes(false)
    const other = await createDraft(payload, users.reporter, catB, 'Tin chuyên mục khác')
    const mine = await createDraft(payload, users.reporter, catA, 'Tin chuyên mục của mình')

    const create = (category: number) =>
      rest(payload, 'POST', '/api/articles', {
        token: token('editorA'),
        body: { title: 'Tin mới', category },
      })
    expect((await create(catA)).status).toBe(201)
    const refused = await create(catB)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/chuyên mục được giao/)

    const patch = (id: number, body: object) =>
      rest(payload, 'PATCH', `/api/articles/${id}`, { token: token('editorA'), body })
    expect((await patch(mine.id, { summary: 'Sửa' })).status).toBe(200)
    expect((await patch(other.id, { summary: 'Sửa' })).status).toBe(403)
    // Moving one of theirs into another category is refused too.
    expect((await patch(mine.id, { category: catB })).status).toBe(403)

    const gql = await graphql(
      payload,
      `mutation { updateArticle(id: ${other.id}, data: { title: "GraphQL" }) { id } }`,
      { token: token('editorA') },
    )
    expect(gql.body.errors?.length).toBe(1)
    // The Local API takes the user as given: the stored account, with its categories.
    const editorA = await payload.findByID({ collection: 'users', id: users.editorA.id, depth: 0 })
    await expect(
      payload.update({
        collection: 'articles',
        id: other.id,
        data: { title: 'Local API' },
        user: { ...editorA, collection: 'users' } as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()

    await rest(payload, 'POST', `/api/articles/${other.id}/transition`, {
      token: token('reporter'),
      body: { to: 'in_review' },
    })
    const move = await transition(other.id, 'editorA', 'draft', 'Trả lại')
    expect(move.status).toBe(403)
    expect(move.body.errors[0].message).toMatch(/chuyên mục được giao/)

    const bulk = await rest(
      payload,
      'PATCH',
      `/api/articles?where[id][in]=${mine.id},${other.id}`,
      {
        token: token('editorA'),
        body: { summary: 'Hàng loạt' },
      },
    )
    expect(bulk.body.docs.map((d: { id: number }) => d.id)).toEqual([mine.id])

    const fresh = await payload.findByID({ collection: 'articles', id: other.id, draft: true })
    expect(fresh).toMatchObject({ title: 'Tin chuyên mục khác', workflowState: 'in_review' })

    // A chief limited to category A publishes and deletes there only.
    expect((await transition(other.id, 'chiefA', 'published')).status).toBe(403)
    const del = (id: number) =>
      rest(payload, 'DELETE', `/api/articles/${id}`, { token: token('chiefA') })
    expect((await del(other.id)).status).toBe(403)
    expect((await del(mine.id)).status).toBe(200)
    expect(
      await payload.count({ collection: 'articles', where: { id: { equals: other.id } } }),
    ).toMatchObject({ totalDocs: 1 })
  })

  it('reads: their categories’ drafts and every published article; lists count exactly', async () => {
    const before = await countsFor('editorA')
    await createDraft(payload, users.reporter, catA, 'Nháp A')
    await createDraft(payload, users.reporter, catB, 'Nháp B')
    const published = await liveArticle('Đã xuất bản chuyên mục A')
    const publishedB = await submitted('reporter', catB, 'Đã xuất bản chuyên mục B')
    expect((await transition(publishedB.id, 'chief2', 'published')).status).toBe(200)
    const after = await countsFor('editorA')
    // One more draft of A, two more published (A and B); B's draft is not theirs.
    expect(after.drafts - before.drafts).toBe(1)
    expect(after.published - before.published).toBe(2)
    expect(after.gqlTotal).toBe(after.drafts + after.published)
    const unrestricted = await countsFor('editor')
    expect(unrestricted.drafts).toBe(after.drafts + (await countDrafts(catB)))
    const draftB = await payload.find({
      collection: 'articles',
      where: { title: { equals: 'Nháp B' } },
      draft: true,
      overrideAccess: true,
    })
    expect(
      (
        await rest(payload, 'GET', `/api/articles/${draftB.docs[0].id}`, {
          token: token('editorA'),
        })
      ).status,
    ).toBe(404)
    expect(
      (await rest(payload, 'GET', `/api/articles/${published.id}`, { token: token('editorA') }))
        .status,
    ).toBe(200)
  })

  it('only admins and chiefs set categories', async () => {
    const self = await rest(payload, 'PATCH', `/api/users/${users.editorA.id}`, {
      token: token('editorA'),
      body: { categories: [catA, catB] },
    })
    expect(self.status).toBe(200)
    const row = await payload.findByID({ collection: 'users', id: users.editorA.id, depth: 0 })
    expect(row.categories).toEqual([catA])
    const byAdmin = await rest(payload, 'PATCH', `/api/users/${users.reporterA.id}`, {
      token: token('admin'),
      body: { categories: [catB] },
    })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc.categories.map((c: { id: number }) => c.id)).toEqual([catB])
  })
})

describe('chiefs assign categories to their site’s staff', () => {
  type Staff = Account & { site: number }
  let siteA: number
  let siteB: number
  let a1: number
  let a2: number
  let b1: number
  let chief: Staff
  let editor: Staff
  let editorB: Staff

  /** An account holding `roles` on one commune only, as a commune's staff do. */
  async function siteAccount(
    key: string,
    site: number,
    roles: string[],
    categories: number[] = [],
  ) {
    const email = `${key}@test.example.org`
    const user = await payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name: `Cán bộ ${key}`,
        roles: [],
        sites: [{ site, roles: roles as never }],
        categories,
      },
    })
    return { id: user.id, email, roles: [], site, token: await login(payload, email, PASSWORD) }
  }
  const siteCategory = async (title: string, site: number) =>
    (await payload.create({ collection: 'categories', data: { title, site } })).id
  const stored = async (id: number) =>
    payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true })
  const categoriesOf = async (id: number) => (await stored(id)).categories
  const patchUser = (by: { token: string }, id: number, body: object) =>
    rest(payload, 'PATCH', `/api/users/${id}`, { token: by.token, body })
  const message = (res: { body: any }) => res.body.errors[0].message as string

  beforeAll(async () => {
    siteA = (
      await payload.create({
        collection: 'sites',
        data: { name: 'Đảng ủy xã An Hòa', slug: 'xa-an-hoa' },
      })
    ).id
    siteB = (
      await payload.create({
        collection: 'sites',
        data: { name: 'Đảng ủy xã Bình Minh', slug: 'xa-binh-minh' },
      })
    ).id
    a1 = await siteCategory('Tin xã An Hòa', siteA)
    a2 = await siteCategory('Nông thôn mới An Hòa', siteA)
    b1 = await siteCategory('Tin xã Bình Minh', siteB)
    chief = await siteAccount('chief-an-hoa', siteA, ['editor-in-chief'], [a1])
    editor = await siteAccount('editor-an-hoa', siteA, ['editor'])
    editorB = await siteAccount('editor-binh-minh', siteB, ['editor'])
  })

  it('a chief sets their editor’s categories (REST), and the editor then works only there', async () => {
    const res = await patchUser(chief, editor.id, { categories: [a1] })
    expect(res.status).toBe(200)
    expect(await categoriesOf(editor.id)).toEqual([a1])
    const create = (category: number) =>
      rest(payload, 'POST', '/api/articles', {
        token: editor.token,
        body: { title: 'Tin của xã', category, site: siteA },
      })
    const refused = await create(a2)
    expect(refused.status).toBe(403)
    expect(message(refused)).toMatch(/chuyên mục được giao/)
    expect((await create(a1)).status).toBe(201)
  })

  it('the admin mirrors it: only the categories field is editable for the chief', async () => {
    // Payload's document permissions, as the admin's edit view gets them (a field's denied
    // operations are left out).
    const access = async (id: number) =>
      (await rest(payload, 'POST', `/api/users/access/${id}`, { token: chief.token })).body
    const allowed = (p: boolean | { permission?: boolean } | undefined) =>
      p === true || (typeof p === 'object' && p.permission === true)
    const perms = await access(editor.id)
    expect(allowed(perms.update)).toBe(true)
    expect(allowed(perms.fields.categories.update)).toBe(true)
    for (const field of ['name', 'email', 'roles', 'sites', 'emailNotifications'])
      expect(allowed(perms.fields[field].update), field).toBe(false)
    expect(allowed((await access(editorB.id)).update)).toBe(false)
    expect(allowed((await access(users.editor.id)).update)).toBe(false)
  })

  it('another site’s staff and province staff are out of reach', async () => {
    const onB = await patchUser(chief, editorB.id, { categories: [b1] })
    expect(onB.status).toBe(403)
    expect(await categoriesOf(editorB.id)).toEqual([])
    const onProvince = await patchUser(chief, users.editor.id, { categories: [a1] })
    expect(onProvince.status).toBe(403)
    expect(await categoriesOf(users.editor.id)).toEqual([])
    const onAdmin = await patchUser(chief, users.admin.id, { categories: [a1] })
    expect(onAdmin.status).toBe(403)
  })

  it('nothing but categories: password, email, name, roles, sites, mails are refused (403)', async () => {
    const before = await stored(editor.id)
    const attempts: [object, RegExp][] = [
      [{ password: 'mat-khau-cua-tong-bien-tap-9' }, /mật khẩu/],
      [{ categories: [a2], password: 'mat-khau-cua-tong-bien-tap-9' }, /mật khẩu/],
      [{ email: 'chiem-quyen@test.example.org' }, /email/],
      [{ name: 'Tên khác' }, /họ và tên/],
      [{ roles: ['admin'] }, /vai trò/],
      [{ sites: [{ site: siteA, roles: ['editor-in-chief'] }] }, /trang đơn vị/],
      [{ emailNotifications: false }, /nhận thông báo/],
    ]
    for (const [body, words] of attempts) {
      const res = await patchUser(chief, editor.id, body)
      expect(res.status, JSON.stringify(body)).toBe(403)
      expect(message(res)).toMatch(words)
    }
    const after = await stored(editor.id)
    expect(after).toMatchObject({
      email: before.email,
      name: before.name,
      roles: [],
      categories: [a1],
      emailNotifications: before.emailNotifications,
      hash: before.hash,
    })
    expect(after.sites?.map((s) => [s.site, s.roles])).toEqual([[siteA, ['editor']]])
    expect(await login(payload, editor.email, PASSWORD)).toBeTruthy()
    // What the admin sends back unchanged alongside the categories passes.
    const full = await patchUser(chief, editor.id, {
      name: before.name,
      email: before.email.toUpperCase(),
      roles: [],
      sites: before.sites,
      emailNotifications: before.emailNotifications,
      categories: [a1, a2],
    })
    expect(full.status).toBe(200)
    expect(await categoriesOf(editor.id)).toEqual([a1, a2])
  })

  it('only their own site’s categories; another site’s assignments stay', async () => {
    const res = await patchUser(chief, editor.id, { categories: [a1, b1] })
    expect(res.status).toBe(403)
    expect(message(res)).toMatch(/trang đơn vị mà bạn là Tổng biên tập/)
    expect(await categoriesOf(editor.id)).toEqual([a1, a2])
    // The admin gives B's column too; the chief of A may not take it away.
    expect((await patchUser(users.admin, editor.id, { categories: [a1, b1] })).status).toBe(200)
    expect((await patchUser(chief, editor.id, { categories: [a2] })).status).toBe(403)
    expect((await patchUser(chief, editor.id, { categories: [a2, b1] })).status).toBe(200)
    expect((await categoriesOf(editor.id))?.sort()).toEqual([a2, b1].sort())
  })

  it('no one sets their own categories; their own profile stays theirs', async () => {
    const self = await patchUser(chief, chief.id, {
      categories: [a1, a2],
      name: 'Tổng biên tập An Hòa',
    })
    expect(self.status).toBe(200)
    expect(await stored(chief.id)).toMatchObject({ categories: [a1], name: 'Tổng biên tập An Hòa' })
    expect((await patchUser(editorB, editorB.id, { categories: [b1] })).status).toBe(200)
    expect(await categoriesOf(editorB.id)).toEqual([])
  })

  it('GraphQL, the Local API with the chief as user, and bulk edits hold the same rules', async () => {
    const gql = (id: number, data: string) =>
      graphql(payload, `mutation { updateUser(id: ${id}, data: { ${data} }) { id } }`, {
        token: chief.token,
      })
    // B's column (given by the admin above) stays; the chief's own site's change passes.
    expect((await gql(editor.id, `categories: [${a1}, ${b1}]`)).body.errors).toBeUndefined()
    expect((await categoriesOf(editor.id))?.sort()).toEqual([a1, b1].sort())
    expect((await gql(editor.id, `categories: [${a1}]`)).body.errors[0].message).toMatch(
      /trang đơn vị mà bạn là Tổng biên tập/,
    )
    const gqlPassword = await gql(editor.id, 'password: "mat-khau-cua-tong-bien-tap-9"')
    expect(gqlPassword.body.errors[0].message).toMatch(/mật khẩu/)
    expect((await gql(editorB.id, `categories: [${a1}]`)).body.errors).toHaveLength(1)
    expect(await categoriesOf(editorB.id)).toEqual([])

    const asChief = { ...(await stored(chief.id)), collection: 'users' } as never
    const local = (id: number, data: object) =>
      payload.update({ collection: 'users', id, data, user: asChief, overrideAccess: false })
    await expect(local(editor.id, { email: 'chiem-quyen@test.example.org' })).rejects.toThrow(
      /email/,
    )
    await expect(local(editorB.id, { categories: [b1] })).rejects.toThrow()
    const assigned = await local(editor.id, { categories: [a2, b1] })
    expect(assigned.categories).toHaveLength(2)

    const bulk = (body: object) =>
      rest(
        payload,
        'PATCH',
        `/api/users?where[id][in]=${editor.id},${editorB.id},${users.editor.id}`,
        {
          token: chief.token,
          body,
        },
      )
    const both = await bulk({ categories: [a1, b1] })
    expect(both.status).toBe(200)
    expect(both.body.docs.map((d: { id: number }) => d.id)).toEqual([editor.id])
    expect((await categoriesOf(editor.id))?.sort()).toEqual([a1, b1].sort())
    expect(await categoriesOf(editorB.id)).toEqual([])
    const taken = await bulk({ password: 'mat-khau-cua-tong-bien-tap-9' })
    expect(taken.status).toBe(400)
    expect(taken.body.docs).toEqual([])
    expect(taken.body.errors[0].message).toMatch(/mật khẩu/)
    expect(await login(payload, editor.email, PASSWORD)).toBeTruthy()
  })
})

describe('concurrent editing', () => {
  it('a save naming a stale updatedAt is refused with 409; a fresh one passes', async () => {
    const doc = await createDraft(payload, users.editor, catA)
    const first = await rest(payload, 'GET', `/api/articles/${doc.id}?draft=true`, {
      token: token('editor'),
    })
    const stamp = first.body.updatedAt
    const other = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { summary: 'Người khác sửa trước', updatedAt: stamp },
    })
    expect(other.status).toBe(200)
    const stale = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor'),
      body: { summary: 'Ghi đè', updatedAt: stamp },
    })
    expect(stale.status).toBe(409)
    expect(stale.body.errors[0].message).toBe('Bài viết đã được người khác sửa; hãy tải lại.')
    const fresh = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor'),
      body: { summary: 'Sau khi tải lại', updatedAt: other.body.doc.updatedAt },
    })
    expect(fresh.status).toBe(200)
  })

  it('a document held open by one editor refuses another’s save (Payload’s lock, 423)', async () => {
    const doc = await createDraft(payload, users.editor, catA)
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: doc.id },
        globalSlug: undefined,
        user: { relationTo: 'users', value: users.editor.id },
      },
    })
    const res = await rest(payload, 'PATCH', `/api/articles/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { summary: 'Trong lúc người khác đang sửa' },
    })
    expect(res.status).toBe(423)
  })
})

async function expectReadersSee(id: number, title: string) {
  expect(await publicTitle(id)).toBe(title)
  const list = await rest(payload, 'GET', `/api/articles?where[id][equals]=${id}`)
  expect(list.body.docs.map((d: { title: string }) => d.title)).toEqual([title])
  // Asking for drafts anonymously never yields the proposed text (Payload lists only latest
  // versions there: a live article with a pending draft is simply left out).
  const drafts = await rest(payload, 'GET', `/api/articles?where[id][equals]=${id}&draft=true`)
  for (const doc of drafts.body.docs as { title: string }[]) expect(doc.title).toBe(title)
  const gql = await graphql(payload, `query { Article(id: ${id}, draft: true) { title } }`)
  expect(gql.body.data.Article.title).toBe(title)
  const row = await payload.findByID({ collection: 'articles', id, depth: 0 })
  expect((await q.getArticleBySlug(main, row.slug!))?.title).toBe(title)
  const { buildRss } = await import('../src/site/rss')
  const { getSite } = await import('../src/site/getSite')
  const site = (await getSite(`h-${main.slug}`))!
  const rss = new XMLParser().parse(
    buildRss(site, { title: 'Tin', link: '/', description: '' }, await q.getLatest(main, 50)),
  )
  const items = [rss.rss.channel.item].flat() as { title: string; link: string }[]
  expect(items.find((i) => i.link.endsWith(`/tin-tuc/${row.slug}`))?.title).toBe(title)
  await waitForSyncDrained(payload)
  expect((await indexedTitles()).get(id)).toBe(title)
}

async function countsFor(who: Who) {
  const count = async (status: string) =>
    (
      await rest(payload, 'GET', `/api/articles?where[_status][equals]=${status}&limit=0`, {
        token: token(who),
      })
    ).body.totalDocs as number
  const gql = await graphql(
    payload,
    `
      query {
        Articles(limit: 0) {
          totalDocs
        }
      }
    `,
    {
      token: token(who),
    },
  )
  return {
    drafts: await count('draft'),
    published: await count('published'),
    gqlTotal: gql.body.data.Articles.totalDocs as number,
  }
}

async function countDrafts(category: number) {
  return (
    await payload.count({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'draft' } }, { category: { equals: category } }] },
    })
  ).totalDocs
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 100))
  }
}
