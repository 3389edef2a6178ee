import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { isCommentingClosed } from '../src/comments/closing/isCommentingClosed'
import { sqlPool } from '../src/lib/sqlPool'
import { graphql, rest } from './helpers/api'
import { portalMailEnv, startTestSmtp, type TestSmtp } from './helpers/smtp'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites, SECRET_EDIT, type Scope, type SiteKey } from './helpers/twoSites'

/**
 * Moderation, second stage: comments close by themselves N days after publication (site setting)
 * or by a moderator's hand (never by writing the versioned article), commenters told of the
 * decision once through a real SMTP server, the unsubscribe link honoured, and the words screening
 * matched stored for the queue, private.
 */
const SMTP_USER = 'portal'
const SMTP_PASS = 'smtp-secret-mod'
const CLOSED = 'Bình luận đã đóng.'
const DAY = 86_400_000
let smtp: TestSmtp
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>
let n = 0

const token = (role: Role, scope: Scope) => world.actor(role, scope).token
const articleOf = (key: SiteKey) => world.sites[key].articles.pub
const comment = (article: number, extra: Record<string, unknown> = {}) =>
  rest(payload, 'POST', '/api/comments', {
    body: {
      article,
      authorName: 'Trần Thị Bạn Đọc',
      content: 'Bài viết rất bổ ích cho bà con.',
      consent: true,
      ...extra,
    },
    headers: { 'x-portal-socket-address': `10.9.0.${++n}` },
  })
const setClosing = (article: number, state: string, role: Role, scope: Scope = 'main') =>
  rest(payload, 'POST', '/api/comments/closing', {
    token: token(role, scope),
    body: { article, state },
  })
const publishedDaysAgo = (article: number, days: number) =>
  sqlPool(payload).query('UPDATE articles SET published_at = $2 WHERE id = $1', [
    article,
    new Date(Date.now() - days * DAY),
  ])
const decide = (id: number, body: object, scope: Scope = 'main') =>
  rest(payload, 'PATCH', `/api/comments/${id}`, { token: token('moderator', scope), body })
// Every queued job (notifications and search sync share the queue with the commenter mails).
const runJobs = () => payload.jobs.run({ silent: true, limit: 1000 })
const mailsTo = (address: string) =>
  smtp.mails.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase()))

beforeAll(async () => {
  process.env.COMMENT_IP_POINTS = '1000'
  process.env.QUESTION_IP_POINTS = '1000'
  smtp = await startTestSmtp(SMTP_USER, SMTP_PASS)
  ;({ payload, stop } = await startTestPayload(portalMailEnv(smtp, SMTP_USER, SMTP_PASS)))
  world = await buildTwoSites(payload)
  await payload.updateGlobal({
    slug: 'moderation-settings',
    data: { bannedWords: 'đéo\nđụ\nphản động', suspectWords: 'lừa đảo' },
  })
}, 240_000)
afterAll(async () => {
  await stop?.()
  await smtp?.stop()
})

describe('comments close by themselves (settings.commentsCloseAfterDays)', () => {
  it('closes exactly N days after publication, never with 0, and a reopen or close wins', () => {
    const published = new Date('2026-11-01T00:00:00Z')
    const facts = { allowComments: true, publishedAt: published, closeAfterDays: 7 }
    const at = (ms: number) => new Date(published.getTime() + ms)
    expect(isCommentingClosed({ ...facts, state: 'auto' }, at(7 * DAY - 1))).toBe(false)
    expect(isCommentingClosed({ ...facts, state: 'auto' }, at(7 * DAY))).toBe(true)
    expect(isCommentingClosed({ ...facts, closeAfterDays: 0, state: 'auto' }, at(999 * DAY))).toBe(
      false,
    )
    expect(isCommentingClosed({ ...facts, state: 'open' }, at(99 * DAY))).toBe(false)
    expect(isCommentingClosed({ ...facts, state: 'closed' }, at(0))).toBe(true)
    expect(isCommentingClosed({ ...facts, allowComments: false, state: 'open' }, at(0))).toBe(true)
  })

  it('defaults to 0 (never): a year-old article still takes comments', async () => {
    const site = await rest(payload, 'GET', `/api/sites/${world.sites.main.id}`)
    expect(site.body.settings.commentsCloseAfterDays).toBe(0)
    await publishedDaysAgo(articleOf('main'), 400)
    expect((await comment(articleOf('main'))).status).toBe(201)
  })

  it('with 30 days: 400 "Bình luận đã đóng." after 30 days, 201 before; only whole days 0–3650', async () => {
    const id = world.sites.main.id
    const set = (days: unknown, role: Role = 'admin', scope: Scope = 'all') =>
      rest(payload, 'PATCH', `/api/sites/${id}`, {
        token: token(role, scope),
        body: { settings: { commentsCloseAfterDays: days } },
      })
    for (const bad of [-1, 1.5, 4000]) expect((await set(bad)).status, String(bad)).toBe(400)
    expect((await set(30)).status).toBe(200)
    const closed = await comment(articleOf('main'))
    expect(closed.status).toBe(400)
    expect(closed.body.errors[0].message).toBe(CLOSED)
    await publishedDaysAgo(articleOf('main'), 29)
    expect((await comment(articleOf('main'))).status).toBe(201)
    // The commune's own setting (0) decides for its articles.
    await publishedDaysAgo(articleOf('commune'), 400)
    expect((await comment(articleOf('commune'))).status).toBe(201)
    await publishedDaysAgo(articleOf('main'), 31)
  })
})

describe('a moderator closes or reopens one article', () => {
  it('the site’s moderator reopens an auto-closed article, closes it, hands it back to the rule', async () => {
    const article = articleOf('main')
    const before = await payload.findByID({ collection: 'articles', id: article, depth: 0 })
    const reopened = await setClosing(article, 'open', 'moderator')
    expect(reopened.status).toBe(200)
    expect(reopened.body).toMatchObject({ article, state: 'open', closed: false })
    expect((await comment(article)).status).toBe(201)
    const closed = await setClosing(article, 'closed', 'moderator', 'all')
    expect(closed.body).toMatchObject({ state: 'closed', closed: true })
    expect((await comment(article)).body.errors[0].message).toBe(CLOSED)
    const auto = await setClosing(article, 'auto', 'admin', 'main')
    expect(auto.body).toMatchObject({ state: 'auto', closed: true })
    expect(auto.body.autoClosesAt).toBeTruthy()
    // The versioned article was never written: same live row, its pending edit still a draft.
    const after = await payload.findByID({ collection: 'articles', id: article, depth: 0 })
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after.title).not.toContain(SECRET_EDIT)
    const pub = await rest(payload, 'GET', `/api/articles/${article}`)
    expect(pub.body.title).not.toContain(SECRET_EDIT)
  })

  it('anyone else is refused: reporters, editors, chiefs, another site’s moderator, the public, every path', async () => {
    const article = articleOf('main')
    for (const [role, scope] of [
      ['reporter', 'main'],
      ['editor', 'main'],
      ['editor-in-chief', 'main'],
      ['moderator', 'commune'],
    ] as const) {
      const res = await setClosing(article, 'open', role, scope)
      expect(res.status, `${role}@${scope}`).toBe(403)
      expect(res.body.errors[0].message).toMatch(/Chỉ kiểm duyệt viên/)
    }
    const anonymous = await rest(payload, 'POST', '/api/comments/closing', {
      body: { article, state: 'open' },
    })
    expect(anonymous.status).toBe(403)
    expect((await rest(payload, 'GET', `/api/comments/closing?article=${article}`)).status).toBe(
      403,
    )
    expect((await setClosing(article, 'later', 'moderator')).status).toBe(400)
    expect((await setClosing(999_999, 'open', 'moderator')).status).toBe(404)
    // The table itself takes no writes from anybody's REST or GraphQL.
    const direct = await rest(payload, 'POST', '/api/comment-closures', {
      token: token('moderator', 'main'),
      body: { article, state: 'open' },
    })
    expect(direct.status).toBe(403)
    const gql = await graphql(
      payload,
      `mutation { createCommentClosure(data: { article: ${article}, state: open }) { id } }`,
      { token: token('admin', 'all') },
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/không có quyền/)
    expect((await comment(article)).status).toBe(400)
    const state = await rest(payload, 'GET', `/api/comments/closing?article=${article}`, {
      token: token('reporter', 'main'),
    })
    expect(state.body).toMatchObject({ state: 'auto', closed: true, canChange: false })
  })
})

describe('the commenter is told, once', () => {
  const EMAIL = 'ban.doc@example.org'
  let approvedId: number
  let rejectedId: number
  let unsubscribe: string

  it('approved: one Vietnamese mail with the article and a line to stop such mail', async () => {
    const article = articleOf('commune')
    approvedId = (
      await comment(article, { authorEmail: EMAIL, content: 'Ý kiến "được duyệt" rồi' })
    ).body.doc.id
    expect((await decide(approvedId, { status: 'approved' }, 'commune')).status).toBe(200)
    await runJobs()
    const mail = await smtp.waitForMail((m) => m.subject === 'Bình luận của bạn đã được đăng')
    expect(mail.text).toContain('Kính gửi Trần Thị Bạn Đọc,')
    expect(mail.text).toContain('Tin đã đăng xã An Hòa')
    expect(mail.html).toContain('Ý kiến &quot;được duyệt&quot; rồi')
    expect(mail.html).toContain(`https://anhoa.vinhan.example.vn/tin-tuc/`)
    // mailparser gathers the List-* headers under "list".
    expect(JSON.stringify(mail.headers.get('list'))).toContain('/api/comments/unsubscribe?token=')
    unsubscribe = /https:\/\/vinhan\.example\.vn(\/api\/comments\/unsubscribe\?token=[\w.]+)/.exec(
      mail.text ?? '',
    )![1]
    // Run again, queue the same job twice more, change the decision: still one mail.
    await runJobs()
    await payload.jobs.queue({ task: 'notifyCommenter', input: { commentId: approvedId } })
    await runJobs()
    await decide(approvedId, { status: 'rejected', rejectionReason: 'quang-cao' }, 'commune')
    await runJobs()
    expect(mailsTo(EMAIL)).toHaveLength(1)
  })

  it('rejected: the reason’s label exactly once; no email, no mail', async () => {
    rejectedId = (await comment(articleOf('commune'), { authorEmail: 'nguoi.khac@example.org' }))
      .body.doc.id
    const res = await decide(rejectedId, { status: 'rejected', rejectionReason: 'xuc-pham' }, 'all')
    expect(res.status).toBe(200)
    await runJobs()
    const mail = await smtp.waitForMail((m) => m.subject === 'Bình luận của bạn không được đăng')
    const label = 'Xúc phạm danh dự, nhân phẩm, uy tín của người khác'
    expect(mail.text!.split(label)).toHaveLength(2)
    expect(mailsTo('nguoi.khac@example.org')).toHaveLength(1)
    const silent = (await comment(articleOf('commune'))).body.doc.id
    await decide(silent, { status: 'approved' }, 'commune')
    await runJobs()
    expect(smtp.mails.filter((m) => m.subject?.startsWith('Bình luận của bạn'))).toHaveLength(2)
  })

  it('the unsubscribe link: GET asks, POST records a hash (never the address), no more mail', async () => {
    const optOuts = () => sqlPool(payload).query('SELECT email_hash FROM email_opt_outs')
    const page = await rest(payload, 'GET', unsubscribe)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(page.body).toContain('Ngừng nhận thư')
    expect((await optOuts()).rows).toHaveLength(0)
    const forged = unsubscribe.replace(/\.\w+$/, '.0123456789abcdef01234567')
    expect((await rest(payload, 'POST', forged)).status).toBe(400)
    const done = await rest(payload, 'POST', unsubscribe)
    expect(done.status).toBe(200)
    expect(done.body).toContain('Bạn đã ngừng nhận thư')
    expect((await rest(payload, 'POST', unsubscribe)).status).toBe(200)
    const rows = (await optOuts()).rows
    expect(rows).toHaveLength(1)
    expect(JSON.stringify(rows)).not.toMatch(/ban\.doc|example/)
    // The same address in other letters: honoured, nothing sent, nothing claimed.
    const later = (await comment(articleOf('commune'), { authorEmail: 'Ban.Doc@Example.org' })).body
      .doc.id
    await decide(later, { status: 'approved' }, 'commune')
    await runJobs()
    expect(mailsTo(EMAIL)).toHaveLength(1)
    const stored = await payload.findByID({ collection: 'comments', id: later })
    expect(stored.commenterNotifiedAt ?? null).toBeNull()
  })
})

describe('matched words, stored for the queue and kept private', () => {
  it('a lookalike is held with its word; as written it is refused; ordinary words pass', async () => {
    const article = articleOf('commune')
    expect((await comment(article, { content: 'Đồ phản động!' })).status).toBe(400)
    const held = (await comment(article, { content: 'Qua Đèo Hải Vân, bọn phan dong lừa đảo' }))
      .body.doc.id
    const stored = await payload.findByID({ collection: 'comments', id: held })
    expect(stored.status).toBe('pending')
    expect(stored.flags).toEqual(['tu-cam-gan-dung', 'tu-nghi-van'])
    expect(
      (stored.matchedWords as { word: string; list: string; exact: boolean }[]).map((m) => [
        m.word,
        m.list,
        m.exact,
      ]),
    ).toEqual([
      ['Đèo', 'banned', false],
      ['phan dong', 'banned', false],
      ['lừa đảo', 'suspect', true],
    ])
    await decide(held, { status: 'approved' }, 'commune')
    const own = await rest(payload, 'GET', `/api/comments/${held}`, {
      token: token('moderator', 'commune'),
    })
    expect(own.body.matchedWords).toHaveLength(3)
    for (const who of [undefined, token('moderator', 'main'), token('editor', 'commune')]) {
      const res = await rest(payload, 'GET', `/api/comments/${held}`, { token: who })
      expect(res.status).toBe(200)
      expect(res.body.matchedWords).toBeUndefined()
      expect(res.body.commenterNotifiedAt).toBeUndefined()
    }
  })

  it('questions share the pipeline: the lookalike stored on the question too', async () => {
    const content = 'Khi nào sửa xong đường lên đèo ở xã?'
    const res = await rest(payload, 'POST', '/api/questions', {
      body: { authorName: 'Lê Văn Hỏi', title: 'Đường qua đèo', content, consent: true },
      headers: { 'x-portal-socket-address': '10.9.9.1' },
    })
    expect(res.status).toBe(201)
    const q = await payload.findByID({ collection: 'questions', id: res.body.doc.id })
    expect(q.flags).toEqual(['tu-cam-gan-dung'])
    expect(q.matchedWords).toEqual([
      {
        word: 'đèo',
        list: 'banned',
        exact: false,
        start: content.indexOf('đèo'),
        end: content.indexOf('đèo') + 3,
      },
    ])
  })
})

describe('GET /api/comments/pending-count', () => {
  it('counts the pending comments of the sites the user moderates; others get 403', async () => {
    const count = (role: Role, scope: Scope) =>
      rest(payload, 'GET', '/api/comments/pending-count', { token: token(role, scope) })
    const pendingOn = async (site?: number) =>
      (
        await payload.count({
          collection: 'comments',
          where: {
            status: { equals: 'pending' },
            ...(site ? { site: { equals: site } } : {}),
          },
        })
      ).totalDocs
    expect((await count('moderator', 'commune')).body).toEqual({
      pending: await pendingOn(world.sites.commune.id),
    })
    expect((await count('moderator', 'all')).body).toEqual({ pending: await pendingOn() })
    expect((await count('reporter', 'main')).status).toBe(403)
    expect((await rest(payload, 'GET', '/api/comments/pending-count')).status).toBe(403)
  })
})
