import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { createNotification } from '../src/notifications/createNotification'
import { COMMENT_DIGEST_TASK } from '../src/notifications/commentDigestTask'
import { toSearchDocument } from '../src/search/toSearchDocument'
import { graphql, rest } from './helpers/api'
import { portalMailEnv, startTestSmtp, type TestSmtp } from './helpers/smtp'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites, type Scope } from './helpers/twoSites'

/**
 * Notifications (DESIGN: submitted → the site's editors and chief, returned → the author with the
 * note, published → the author, pending comments → the site's moderators), in the admin and by
 * mail through a real SMTP server, each once; internal notes and assignments never public;
 * "Việc của tôi" (GET /api/my-work) with exact counts.
 */
const SMTP_USER = 'portal'
const SMTP_PASS = 'smtp-secret-789'
let smtp: TestSmtp
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>

const who = (role: Role, scope: Scope) => world.actor(role, scope)
const token = (role: Role, scope: Scope) => who(role, scope).token
const runJobs = async () => {
  await payload.jobs.run({ silent: true, limit: 500 })
  // The SMTP server parses each message asynchronously after accepting it.
  await new Promise((r) => setTimeout(r, 300))
}
const mailsTo = (role: Role, scope: Scope, subject?: string) =>
  smtp.mails.filter(
    (m) =>
      JSON.stringify(m.to).includes(who(role, scope).email) &&
      (!subject || m.subject?.startsWith(subject)),
  )
const noticesOf = async (role: Role, scope: Scope, kind?: string) =>
  (
    await payload.find({
      collection: 'notifications',
      where: {
        and: [
          { recipient: { equals: who(role, scope).id } },
          ...(kind ? [{ kind: { equals: kind } }] : []),
        ],
      },
      sort: 'id',
      limit: 0,
      depth: 0,
    })
  ).docs
const transition = (id: number, to: string, role: Role, scope: Scope, note?: string) =>
  rest(payload, 'POST', `/api/articles/${id}/transition`, {
    token: token(role, scope),
    body: { to, note },
  })
const write = async (title: string, role: Role = 'reporter', scope: Scope = 'main') => {
  const site = world.sites[scope === 'commune' ? 'commune' : 'main']
  return (await world.draftBy(who(role, scope), site.id, site.category, title)).id
}
const myWork = async (role: Role, scope: Scope) => {
  const res = await rest(payload, 'GET', '/api/my-work', { token: token(role, scope) })
  expect(res.status).toBe(200)
  return res.body
}
const SUBMITTED_TO = [
  ['editor', 'main'],
  ['editor', 'all'],
  ['editor-in-chief', 'main'],
  ['editor-in-chief', 'all'],
] as const

beforeAll(async () => {
  smtp = await startTestSmtp(SMTP_USER, SMTP_PASS)
  ;({ payload, stop } = await startTestPayload(portalMailEnv(smtp, SMTP_USER, SMTP_PASS)))
  world = await buildTwoSites(payload)
  // What building the two sites notified is not this file's subject: start from nothing.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await payload.delete({ collection: 'notifications', where: { id: { exists: true } } })
}, 240_000)
let smtpStopped = false
afterAll(async () => {
  await stop?.()
  if (!smtpStopped) await smtp?.stop()
})

let r1: number
describe('article notifications', () => {
  it("submitted: the site's editors and chief hear once each, in the admin and by mail", async () => {
    r1 = await write('Hội nghị sơ kết công tác xây dựng Đảng')
    expect((await transition(r1, 'in_review', 'reporter', 'main')).status).toBe(200)
    for (const [role, scope] of SUBMITTED_TO) {
      const notices = await noticesOf(role, scope, 'submitted')
      expect(notices.map((n) => n.text)).toEqual([
        'Bài "Hội nghị sơ kết công tác xây dựng Đảng" được gửi duyệt.',
      ])
      expect(notices[0]).toMatchObject({ article: r1, site: world.sites.main.id, read: false })
    }
    // Not the submitter, not the commune's board, not moderators or admins.
    for (const [role, scope] of [
      ['reporter', 'main'],
      ['editor', 'commune'],
      ['editor-in-chief', 'commune'],
      ['moderator', 'main'],
      ['admin', 'all'],
    ] as const)
      expect(await noticesOf(role, scope)).toEqual([])
    await runJobs()
    await runJobs()
    for (const [role, scope] of SUBMITTED_TO) {
      const mails = mailsTo(role, scope)
      expect(mails.length).toBe(1)
      expect(mails[0].subject).toBe('Bài chờ duyệt: Hội nghị sơ kết công tác xây dựng Đảng')
      expect(mails[0].text).toContain(
        'Bài "Hội nghị sơ kết công tác xây dựng Đảng" được gửi duyệt.',
      )
      expect(mails[0].text).toContain(`https://vinhan.example.vn/admin/collections/articles/${r1}`)
    }
    expect(smtp.mails.length).toBe(4)
  })

  it('returned: the author hears, with the note; the editor who returned it does not', async () => {
    const res = await transition(r1, 'draft', 'editor', 'main', 'Thiếu nguồn ảnh & chú thích')
    expect(res.status).toBe(200)
    const notices = await noticesOf('reporter', 'main')
    expect(notices.map((n) => [n.kind, n.text])).toEqual([
      [
        'returned',
        'Bài "Hội nghị sơ kết công tác xây dựng Đảng" bị trả lại. Lý do: Thiếu nguồn ảnh & chú thích',
      ],
    ])
    expect(await noticesOf('editor', 'main', 'returned')).toEqual([])
    await runJobs()
    const mails = mailsTo('reporter', 'main')
    expect(mails.length).toBe(1)
    expect(mails[0].subject).toBe('Bài bị trả lại: Hội nghị sơ kết công tác xây dựng Đảng')
    expect(mails[0].text).toContain('Lý do: Thiếu nguồn ảnh & chú thích')
    expect(mails[0].html).toContain('Thiếu nguồn ảnh &amp; chú thích')
  })

  it('a user turns mails off: the published notice stays in the admin, no mail is sent', async () => {
    const reporter = who('reporter', 'main')
    const off = await rest(payload, 'PATCH', `/api/users/${reporter.id}`, {
      token: reporter.token,
      body: { emailNotifications: false },
    })
    expect(off.status).toBe(200)
    expect(off.body.doc.emailNotifications).toBe(false)
    expect((await transition(r1, 'in_review', 'reporter', 'main')).status).toBe(200)
    expect((await transition(r1, 'published', 'editor-in-chief', 'main')).status).toBe(200)
    await runJobs()
    expect((await noticesOf('reporter', 'main', 'published')).map((n) => n.text)).toEqual([
      'Bài "Hội nghị sơ kết công tác xây dựng Đảng" đã được duyệt xuất bản.',
    ])
    expect(mailsTo('reporter', 'main').length).toBe(1)
    // The chief who published hears nothing of it; the board heard of the second submission.
    expect(await noticesOf('editor-in-chief', 'main', 'published')).toEqual([])
    expect(mailsTo('editor-in-chief', 'main').length).toBe(2)
    expect(mailsTo('editor', 'main').length).toBe(2)
  })

  it('a retried or repeated job never mails twice; the same event never notifies twice', async () => {
    const [sent] = await noticesOf('editor', 'all', 'submitted')
    const before = smtp.mails.length
    for (let i = 0; i < 3; i++)
      await payload.jobs.queue({
        task: 'sendNotificationEmail',
        input: { notificationId: sent.id },
      })
    await runJobs()
    expect(smtp.mails.length).toBe(before)
    const req = await createLocalReq({}, payload)
    const again = await createNotification(req, {
      recipient: sent.recipient as number,
      kind: 'submitted',
      text: 'lặp lại',
      key: sent.key,
    })
    expect(again).toBe(false)
    expect((await noticesOf('editor', 'all', 'submitted')).length).toBe(2)
  })
})

describe('pending comments digest', () => {
  const digest = async () => {
    await payload.jobs.queue({ task: COMMENT_DIGEST_TASK, input: {} })
    // The digest, then the mails it queued (the worker's next pass).
    await runJobs()
    await runJobs()
  }

  it("each site's moderators hear of new pending comments once, then only of newer ones", async () => {
    const before = smtp.mails.length
    await digest()
    const texts = async (scope: Scope) =>
      (await noticesOf('moderator', scope, 'comments')).map((n) => n.text)
    expect(await texts('main')).toEqual(['1 bình luận mới chờ duyệt trên trang Tỉnh ủy Vĩnh An.'])
    expect(await texts('commune')).toEqual([
      '1 bình luận mới chờ duyệt trên trang Đảng ủy xã An Hòa.',
    ])
    expect((await texts('all')).sort()).toEqual([
      '1 bình luận mới chờ duyệt trên trang Tỉnh ủy Vĩnh An.',
      '1 bình luận mới chờ duyệt trên trang Đảng ủy xã An Hòa.',
    ])
    expect(await noticesOf('admin', 'all')).toEqual([])
    expect(smtp.mails.length - before).toBe(4)
    expect(mailsTo('moderator', 'main', 'Bình luận chờ duyệt: ').length).toBe(1)
    // Nothing new: nothing sent.
    await digest()
    expect(smtp.mails.length - before).toBe(4)
    // Two more on the province's site: its moderators hear of those two only.
    for (const n of [1, 2])
      await payload.create({
        collection: 'comments',
        data: {
          article: world.sites.main.articles.pub,
          site: world.sites.main.id,
          content: `Bình luận mới ${n}`,
          authorName: 'Người đọc',
          ipHash: `hash-new-${n}`,
          status: 'pending',
        },
      })
    await digest()
    expect(await texts('main')).toEqual([
      '1 bình luận mới chờ duyệt trên trang Tỉnh ủy Vĩnh An.',
      '2 bình luận mới chờ duyệt trên trang Tỉnh ủy Vĩnh An.',
    ])
    expect((await texts('commune')).length).toBe(1)
    expect((await texts('all')).length).toBe(3)
    expect(smtp.mails.length - before).toBe(6)
    expect(mailsTo('moderator', 'main', 'Bình luận chờ duyệt: ').length).toBe(2)
  })
})

describe('who reads notifications', () => {
  it('each user lists and marks only their own; the public nothing', async () => {
    const mine = await rest(payload, 'GET', '/api/notifications?limit=100', {
      token: token('editor', 'main'),
    })
    expect(mine.status).toBe(200)
    expect(mine.body.totalDocs).toBe(2)
    const theirs = (await noticesOf('reporter', 'main'))[0]
    const read = await rest(payload, 'GET', `/api/notifications/${theirs.id}`, {
      token: token('editor', 'main'),
    })
    expect(read.status).toBe(404)
    const mark = await rest(payload, 'PATCH', `/api/notifications/${theirs.id}`, {
      token: token('editor', 'main'),
      body: { read: true },
    })
    expect(mark.status).toBe(403)
    expect((await rest(payload, 'GET', '/api/notifications')).status).toBe(403)
    const gql = await graphql(payload, '{ Notifications { docs { id text } } }')
    expect(gql.body.data?.Notifications ?? null).toBeNull()
    expect(gql.body.errors[0].message).toMatch(/không có quyền/)
    // Only `read` is theirs to change; the text stays.
    const own = await rest(payload, 'PATCH', `/api/notifications/${theirs.id}`, {
      token: token('reporter', 'main'),
      body: { read: true, text: 'sửa', recipient: who('editor', 'main').id },
    })
    expect(own.status).toBe(200)
    expect(own.body.doc).toMatchObject({ read: true, text: theirs.text })
    expect(own.body.doc.recipient).toMatchObject({ id: who('reporter', 'main').id })
    expect(
      (await rest(payload, 'POST', '/api/notifications', { body: { text: 'x' } })).status,
    ).toBe(403)
  })

  it('the unread count falls as they are read; "read all" touches only the reader\'s', async () => {
    expect((await myWork('editor', 'main')).unreadNotifications).toBe(2)
    expect((await myWork('reporter', 'main')).unreadNotifications).toBe(1)
    const all = await rest(payload, 'POST', '/api/notifications/read-all', {
      token: token('editor', 'main'),
    })
    expect(all.status).toBe(200)
    expect(all.body.updated).toBe(2)
    expect((await myWork('editor', 'main')).unreadNotifications).toBe(0)
    expect((await myWork('editor', 'all')).unreadNotifications).toBe(2)
    expect((await rest(payload, 'POST', '/api/notifications/read-all')).status).toBe(401)
  })
})

describe('internal notes', () => {
  let note: number
  const review = () => world.sites.main.articles.review
  const notesOn = (id: number, role?: Role, scope?: Scope) =>
    rest(payload, 'GET', `/api/article-notes?where[article][equals]=${id}`, {
      token: role ? token(role, scope!) : undefined,
    })

  it("staff of the article's site write and read them, authored by themselves", async () => {
    const res = await rest(payload, 'POST', '/api/article-notes', {
      token: token('editor', 'main'),
      body: { article: review(), body: 'Kiểm tra lại số liệu <b>quý III</b>', author: 1 },
    })
    expect(res.status).toBe(201)
    note = res.body.doc.id
    expect(res.body.doc.author).toMatchObject({ id: who('editor', 'main').id })
    for (const [role, scope] of [
      ['reporter', 'main'],
      ['editor-in-chief', 'all'],
      ['moderator', 'main'],
    ] as const) {
      const list = await notesOn(review(), role, scope)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d: { body: string }) => d.body)).toEqual([
        'Kiểm tra lại số liệu <b>quý III</b>',
      ])
    }
  })

  it("other sites' staff and the public see nothing; others cannot write on the article", async () => {
    const other = await notesOn(review(), 'editor', 'commune')
    expect(other.status).toBe(200)
    expect(other.body.totalDocs).toBe(0)
    expect((await notesOn(review())).status).toBe(403)
    const gql = await graphql(payload, '{ ArticleNotes { docs { body } } }')
    expect(gql.body.data?.ArticleNotes ?? null).toBeNull()
    const foreign = await rest(payload, 'POST', '/api/article-notes', {
      token: token('editor', 'commune'),
      body: { article: review(), body: 'Ghi chú lạc trang' },
    })
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toBe('Bạn không có quyền ghi chú trên tin bài này.')
    const anonymous = await rest(payload, 'POST', '/api/article-notes', {
      body: { article: review(), body: 'Ẩn danh' },
    })
    expect(anonymous.status).toBe(403)
    // Not on the article either: the article's API never carries them.
    const article = await rest(payload, 'GET', `/api/articles/${review()}?draft=true`, {
      token: token('editor', 'main'),
    })
    expect(JSON.stringify(article.body)).not.toContain('quý III')
  })

  it('only the author edits or deletes a note', async () => {
    for (const [role, scope] of [
      ['reporter', 'main'],
      ['editor-in-chief', 'main'],
    ] as const) {
      const res = await rest(payload, 'PATCH', `/api/article-notes/${note}`, {
        token: token(role, scope),
        body: { body: 'Sửa hộ' },
      })
      expect(res.status).toBe(403)
      expect(
        (
          await rest(payload, 'DELETE', `/api/article-notes/${note}`, {
            token: token(role, scope),
          })
        ).status,
      ).toBe(403)
    }
    const edit = await rest(payload, 'PATCH', `/api/article-notes/${note}`, {
      token: token('editor', 'main'),
      body: { body: 'Đã kiểm tra số liệu', article: world.sites.commune.articles.review },
    })
    expect(edit.status).toBe(200)
    expect(edit.body.doc.body).toBe('Đã kiểm tra số liệu')
    expect(edit.body.doc.article).toMatchObject({ id: review() })
    const del = await rest(payload, 'DELETE', `/api/article-notes/${note}`, {
      token: token('editor', 'main'),
    })
    expect(del.status).toBe(200)
  })
})

describe('assignments and "Việc của tôi"', () => {
  let r2: number
  let r3: number
  const DAY = 86_400_000
  const assign = (id: number, body: object, role: Role = 'editor-in-chief', live = false) =>
    rest(payload, 'PATCH', `/api/articles/${id}${live ? '' : '?draft=true'}`, {
      token: token(role, 'main'),
      body,
    })

  it('the chief or an editor assigns, with a due date, to staff of the site only', async () => {
    const reporter = who('reporter', 'main').id
    r2 = await write('Bài được giao, chưa đến hạn')
    const draft = world.sites.main.articles.draft
    const soon = new Date(Date.now() + 7 * DAY).toISOString()
    const past = new Date(Date.now() - DAY).toISOString()
    expect((await assign(r2, { assignee: reporter, dueDate: soon })).status).toBe(200)
    expect((await assign(draft, { assignee: reporter, dueDate: past }, 'editor')).status).toBe(200)
    // On the live article itself (the chief edits live ones): still never public.
    expect(
      (await assign(r1, { assignee: reporter, dueDate: past }, 'editor-in-chief', true)).status,
    ).toBe(200)
    const foreign = await assign(r2, { assignee: who('reporter', 'commune').id })
    expect(foreign.status).toBe(400)
    // A reporter's own draft: the assignment is not theirs to change.
    const self = await rest(payload, 'PATCH', `/api/articles/${draft}?draft=true`, {
      token: token('reporter', 'main'),
      body: { assignee: who('editor', 'main').id, dueDate: soon },
    })
    expect(self.status).toBe(200)
    expect(self.body.doc.assignee).toMatchObject({ id: reporter })
    expect(self.body.doc.dueDate).toBe(past)
  })

  it('assignee and due date are never public, nor shown to other sites, nor searched', async () => {
    const anonymous = await rest(payload, 'GET', `/api/articles/${r1}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.title).toBe('Hội nghị sơ kết công tác xây dựng Đảng')
    expect(anonymous.body).not.toHaveProperty('assignee')
    expect(anonymous.body).not.toHaveProperty('dueDate')
    const other = await rest(payload, 'GET', `/api/articles/${r1}`, {
      token: token('editor', 'commune'),
    })
    expect(other.body).not.toHaveProperty('assignee')
    const gql = await graphql(
      payload,
      `{ Articles(where: { id: { equals: ${r1} } }) { docs { title assignee { id } dueDate } } }`,
    )
    expect(gql.body.data.Articles.docs).toEqual([
      { title: 'Hội nghị sơ kết công tác xây dựng Đảng', assignee: null, dueDate: null },
    ])
    const byAssignee = await rest(
      payload,
      `GET`,
      `/api/articles?where[assignee][equals]=${who('reporter', 'main').id}`,
    )
    expect(byAssignee.body.totalDocs ?? 0).toBe(0)
    const staff = await rest(payload, 'GET', `/api/articles/${r1}?draft=true`, {
      token: token('reporter', 'main'),
    })
    expect(staff.body.assignee).toMatchObject({ id: who('reporter', 'main').id })
    const article = await payload.findByID({ collection: 'articles', id: r1, depth: 1 })
    const indexed = JSON.stringify(toSearchDocument(article))
    expect(indexed).not.toContain('assignee')
    expect(indexed).not.toContain('dueDate')
  })

  it('lists, with exact counts, what waits on each person', async () => {
    // Returned to the reporter (r2), then one returned and sent again (r3: waits for review).
    expect((await transition(r2, 'in_review', 'reporter', 'main')).status).toBe(200)
    expect((await transition(r2, 'draft', 'editor', 'main', 'Cần bổ sung ảnh')).status).toBe(200)
    r3 = await write('Bài đã sửa và gửi lại')
    await transition(r3, 'in_review', 'reporter', 'main')
    await transition(r3, 'draft', 'editor', 'main', 'Sửa tít')
    await transition(r3, 'in_review', 'reporter', 'main')

    const reporter = await myWork('reporter', 'main')
    expect(reporter.toReview).toEqual({ count: 0, items: [] })
    expect(reporter.returned.count).toBe(1)
    expect(reporter.returned.items).toMatchObject([
      { id: r2, title: 'Bài được giao, chưa đến hạn', note: 'Cần bổ sung ảnh' },
    ])
    expect(reporter.assigned.count).toBe(2)
    expect(reporter.assigned.items.map((a: { id: number }) => a.id)).toEqual([
      world.sites.main.articles.draft,
      r2,
    ])
    expect(reporter.overdue.items.map((a: { id: number }) => a.id)).toEqual([
      world.sites.main.articles.draft,
    ])
    expect(reporter.pendingComments).toBeNull()

    const review = (w: { toReview: { items: { id: number }[] } }) =>
      w.toReview.items.map((a) => a.id).sort((a, b) => a - b)
    const main = [world.sites.main.articles.review, r3].sort((a, b) => a - b)
    expect(review(await myWork('editor', 'main'))).toEqual(main)
    expect(review(await myWork('editor-in-chief', 'main'))).toEqual(main)
    expect(review(await myWork('editor', 'commune'))).toEqual([world.sites.commune.articles.review])
    expect((await myWork('editor-in-chief', 'all')).toReview.count).toBe(3)
    expect((await myWork('moderator', 'main')).toReview.count).toBe(0)

    expect((await myWork('moderator', 'main')).pendingComments).toBe(3)
    expect((await myWork('moderator', 'commune')).pendingComments).toBe(1)
    expect((await myWork('moderator', 'all')).pendingComments).toBe(4)
    expect((await myWork('editor', 'main')).pendingComments).toBeNull()
  })

  it('answers 401 to the signed-out', async () => {
    const res = await rest(payload, 'GET', '/api/my-work')
    expect(res.status).toBe(401)
    expect(res.body.errors[0].message).toBe('Vui lòng đăng nhập.')
  })
})

describe('when the mail server is down', () => {
  it('the claim is released and the job left to retry: the mail is late, never lost', async () => {
    await smtp.stop()
    smtpStopped = true
    const id = await write('Bài gửi lúc máy chủ thư ngừng', 'reporter', 'commune')
    expect((await transition(id, 'in_review', 'reporter', 'commune')).status).toBe(200)
    await runJobs()
    const notices = (
      await payload.find({
        collection: 'notifications',
        where: { article: { equals: id } },
        limit: 0,
        depth: 0,
      })
    ).docs
    expect(notices.length).toBe(4)
    expect(notices.map((n) => n.emailedAt ?? null)).toEqual([null, null, null, null])
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.notificationId': { in: notices.map((n) => n.id) } },
      limit: 0,
    })
    expect(
      jobs.docs.map((j) => [j.totalTried, Boolean(j.completedAt), Boolean(j.waitUntil)]),
    ).toEqual(notices.map(() => [1, false, true]))
  })
})

// Last: it adds notices and mails the counts above do not expect.
describe('corrections', () => {
  it('a returned correction goes to whoever submitted it, not to the first author', async () => {
    // r1 is live (published above). The site's editor corrects it and submits the correction.
    const save = await rest(payload, 'PATCH', `/api/articles/${r1}?draft=true`, {
      token: token('editor', 'main'),
      body: { summary: 'Bản đính chính của biên tập viên' },
    })
    expect(save.status).toBe(200)
    expect((await transition(r1, 'in_review', 'editor', 'main')).status).toBe(200)
    const back = await transition(r1, 'draft', 'editor-in-chief', 'main', 'Chưa đủ căn cứ')
    expect(back.status).toBe(200)
    expect((await noticesOf('editor', 'main', 'returned')).map((n) => n.text)).toEqual([
      'Bài "Hội nghị sơ kết công tác xây dựng Đảng" (bản đính chính) bị trả lại. Lý do: Chưa đủ căn cứ',
    ])
    // The reporter who wrote the article hears nothing of it.
    const reporters = await noticesOf('reporter', 'main', 'returned')
    expect(reporters.filter((n) => n.text.includes('bản đính chính'))).toEqual([])
  })
})
