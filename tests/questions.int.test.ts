import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { paragraphsToLexical } from '../src/lib/lexical'
import { graphql, rest } from './helpers/api'
import { portalMailEnv, startTestSmtp, type TestSmtp } from './helpers/smtp'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites, type Scope } from './helpers/twoSites'

/**
 * Citizens' questions (Hỏi đáp): asked through the comments' pipeline, answered and published by
 * the site's staff, the answer mailed once through a real SMTP server, private fields never shown
 * to the public or to other sites' staff.
 */
const SMTP_USER = 'portal'
const SMTP_PASS = 'smtp-secret-456'
const ASKER = 'nguoi.hoi@example.org'
let smtp: TestSmtp
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>
let n = 0

const token = (role: Role, scope: Scope) => world.actor(role, scope).token
const ask = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  rest(payload, 'POST', '/api/questions', {
    body,
    headers: { 'x-portal-socket-address': `10.5.0.${++n}`, ...headers },
  })
const valid = (extra: Record<string, unknown> = {}) => ({
  authorName: 'Phạm Văn Hỏi & "Con"',
  authorEmail: ASKER,
  title: 'Thủ tục chuyển sinh hoạt Đảng',
  content: 'Tôi chuyển nơi cư trú thì cần những giấy tờ gì để chuyển sinh hoạt Đảng?',
  consent: true,
  ...extra,
})
const patch = (id: number, body: object, role: Role, scope: Scope = 'main') =>
  rest(payload, 'PATCH', `/api/questions/${id}`, { token: token(role, scope), body })
const answer = paragraphsToLexical(['Đồng chí cần giấy giới thiệu <b>sinh hoạt</b> Đảng.'])
// Every queued job: notifications share the queue with the answer mails.
const runJobs = () => payload.jobs.run({ silent: true, limit: 1000 })
const mailsTo = (address: string) =>
  smtp.mails.filter((m) => JSON.stringify(m.to).includes(address)).length

beforeAll(async () => {
  process.env.QUESTION_IP_POINTS = '1000'
  smtp = await startTestSmtp(SMTP_USER, SMTP_PASS)
  ;({ payload, stop } = await startTestPayload(portalMailEnv(smtp, SMTP_USER, SMTP_PASS)))
  world = await buildTwoSites(payload)
}, 240_000)
afterAll(async () => {
  await stop?.()
  await smtp?.stop()
})

describe('POST /api/questions', () => {
  it('takes a question as pending on the site the request addresses', async () => {
    const res = await ask(valid())
    expect(res.status).toBe(201)
    expect(Object.keys(res.body.doc).sort()).toEqual(['id', 'status'])
    expect(res.body.doc.status).toBe('pending')
    const main = await payload.findByID({ collection: 'questions', id: res.body.doc.id, depth: 0 })
    expect(main).toMatchObject({ status: 'pending', site: world.sites.main.id })
    const commune = await ask(valid({ title: 'Câu hỏi gửi xã An Hòa' }), {
      'x-portal-site': 'xa-an-hoa',
    })
    const stored = await payload.findByID({ collection: 'questions', id: commune.body.doc.id })
    expect(stored.site).toMatchObject({ id: world.sites.commune.id })
  })

  it('5 and 5,000 characters pass, 4 and 5,001 do not; a title is required', async () => {
    expect((await ask(valid({ content: 'Xin hỏi' }))).status).toBe(201)
    expect((await ask(valid({ content: 'ơ'.repeat(5000) }))).status).toBe(201)
    const short = await ask(valid({ content: 'Hỏi?' }))
    expect(short.status).toBe(400)
    expect(short.body.errors[0].message).toBe('Bạn vui lòng nhập từ 5 ký tự trở lên')
    const long = await ask(valid({ content: 'ơ'.repeat(5001) }))
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toMatch(/không được dài quá 5000/)
    const untitled = await ask(valid({ title: '' }))
    expect(untitled.status).toBe(400)
    expect((await ask(valid({ consent: undefined }))).status).toBe(400)
  })

  it('the public sees no pending question', async () => {
    const res = await rest(payload, 'GET', '/api/questions?limit=100')
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(0)
  })
})

describe('answer and publish', () => {
  let id: number

  it('staff assign and answer; only a chief or admin publishes, and only an answer', async () => {
    id = (await ask(valid({ title: 'Hỏi về hồ sơ kết nạp Đảng' }))).body.doc.id
    const early = await patch(id, { status: 'published' }, 'editor-in-chief')
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toBe('Câu hỏi chưa có nội dung trả lời.')
    const editor = world.actor('editor', 'main')
    const answered = await patch(
      id,
      { assignee: editor.id, answer, status: 'answered', topic: 'dang-vien' },
      'editor',
    )
    expect(answered.status).toBe(200)
    expect(answered.body.doc.answeredAt).toBeTruthy()
    for (const role of ['editor', 'moderator'] as const) {
      const res = await patch(id, { status: 'published' }, role)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toMatch(/Chỉ Tổng biên tập/)
    }
    expect((await patch(id, { status: 'published' }, 'editor-in-chief', 'commune')).status).toBe(
      403,
    )
    expect((await patch(id, { status: 'published' }, 'reporter')).status).toBe(403)
    const published = await patch(id, { status: 'published' }, 'editor-in-chief')
    expect(published.status).toBe(200)
    expect(published.body.doc.publishedAt).toBeTruthy()
  })

  it('the public reads it with its answer, never the email, address hash or assignee', async () => {
    const res = await rest(payload, 'GET', '/api/questions?limit=100')
    expect(res.body.totalDocs).toBe(1)
    const doc = res.body.docs[0]
    expect(doc).toMatchObject({ id, title: 'Hỏi về hồ sơ kết nạp Đảng', status: 'published' })
    expect(doc.answer.root.children.length).toBe(1)
    for (const key of ['authorEmail', 'ipHash', 'assignee', 'flags', 'answerEmailedAt'])
      expect(doc).not.toHaveProperty(key)
    const gql = await graphql(
      payload,
      '{ Questions { docs { title authorEmail ipHash assignee { id } } } }',
    )
    expect(gql.body.data.Questions.docs).toEqual([
      { title: 'Hỏi về hồ sơ kết nạp Đảng', authorEmail: null, ipHash: null, assignee: null },
    ])
  })

  it("other sites' staff neither read the private fields nor find a question by them", async () => {
    const byEmail = `/api/questions?where[authorEmail][equals]=${ASKER}&limit=100`
    const mainEditor = await rest(payload, 'GET', byEmail, { token: token('editor', 'main') })
    expect(mainEditor.status).toBe(200)
    expect(mainEditor.body.totalDocs).toBeGreaterThanOrEqual(4)
    for (const role of ['editor', 'moderator', 'admin'] as const) {
      const other = await rest(payload, 'GET', byEmail, { token: token(role, 'commune') })
      expect(other.status).toBe(200)
      expect(
        other.body.docs.every((d: { site: { id: number } }) => d.site.id !== world.sites.main.id),
      ).toBe(true)
      const published = await rest(payload, 'GET', `/api/questions/${id}`, {
        token: token(role, 'commune'),
      })
      expect(published.status).toBe(200)
      expect(published.body).not.toHaveProperty('authorEmail')
      expect(published.body).not.toHaveProperty('ipHash')
    }
    expect((await rest(payload, 'GET', byEmail)).body.totalDocs ?? 0).toBe(0)
    const pending = await rest(payload, 'GET', '/api/questions?where[status][equals]=pending', {
      token: token('editor', 'commune'),
    })
    expect(
      pending.body.docs.filter((d: { site: { id: number } }) => d.site.id === world.sites.main.id),
    ).toEqual([])
  })

  it('the asker gets one Vietnamese mail with the answer, escaped, never a second one', async () => {
    await runJobs()
    const mail = await smtp.waitForMail(
      (m) => m.subject === 'Trả lời câu hỏi: Hỏi về hồ sơ kết nạp Đảng',
    )
    expect(mail.text).toContain('Kính gửi Phạm Văn Hỏi & "Con",')
    expect(mail.text).toContain('Đồng chí cần giấy giới thiệu <b>sinh hoạt</b> Đảng.')
    expect(mail.text).toContain(`https://vinhan.example.vn/hoi-dap#cau-hoi-${id}`)
    expect(mail.html).toContain('Phạm Văn Hỏi &amp; &quot;Con&quot;')
    expect(mail.html).toContain('&lt;b&gt;sinh hoạt&lt;/b&gt;')
    expect(mail.html).not.toContain('<b>sinh hoạt</b>')
    await runJobs()
    // Unpublished and published again: still one mail.
    await patch(id, { status: 'answered' }, 'editor-in-chief')
    await patch(id, { status: 'published' }, 'editor-in-chief')
    await runJobs()
    await new Promise((r) => setTimeout(r, 500))
    expect(mailsTo(ASKER)).toBe(1)
    const stored = await payload.findByID({ collection: 'questions', id })
    expect(stored.answerEmailedAt).toBeTruthy()
  })

  it('no mail without an email', async () => {
    const q = (await ask(valid({ authorEmail: undefined, title: 'Câu hỏi không để lại thư' }))).body
      .doc.id
    await patch(q, { answer, status: 'published' }, 'admin', 'all')
    await runJobs()
    expect(smtp.mails.filter((m) => m.subject?.includes('không để lại thư'))).toEqual([])
  })
})
