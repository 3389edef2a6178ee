import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from './helpers/api'
import { createAccounts, createCategory, createDraft, moveTo } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let article: number
let closed: number
let draft: number
let n = 0

// Each test posts from its own address so the per-address limit does not mix tests.
const post = (body: unknown, address = `10.0.0.${++n}`) =>
  rest(payload, 'POST', '/api/comments', { body, headers: { 'x-portal-socket-address': address } })
const valid = (extra: Record<string, unknown> = {}) => ({
  article,
  authorName: 'Nguyễn Văn A',
  content: 'Bài viết rất hay và bổ ích.',
  consent: true,
  ...extra,
})

beforeAll(async () => {
  process.env.COMMENT_IP_POINTS = '1000'
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  const category = (await createCategory(payload)).id
  const make = async (title: string, state: string[]) => {
    const doc = await createDraft(payload, users.reporter, category, title)
    await moveTo(payload, doc.id, users.admin, state)
    return doc.id
  }
  article = await make('Bài mở bình luận', ['in_review', 'published'])
  closed = await make('Bài đóng bình luận', ['in_review', 'published'])
  await payload.update({
    collection: 'articles',
    id: closed,
    data: { allowComments: false, _status: 'published' },
    context: { workflowTransition: true },
  })
  draft = await make('Bài nháp', [])
  await payload.updateGlobal({
    slug: 'moderation-settings',
    data: { bannedWords: 'phản động\nđồ ngốc', suspectWords: 'lừa đảo' },
  })
})
afterAll(() => stop())

describe('POST /api/comments', () => {
  it('accepts a valid comment as pending, 201 { doc: { id, status } }, and the public does not see it', async () => {
    const res = await post(valid())
    expect(res.status).toBe(201)
    expect(Object.keys(res.body.doc).sort()).toEqual(['id', 'status'])
    expect(res.body.doc.status).toBe('pending')
    const list = await rest(payload, 'GET', `/api/comments?where[article][equals]=${article}`)
    expect(list.body.docs.map((c: { id: number }) => c.id)).not.toContain(res.body.doc.id)
  })

  it.each([
    ['4 characters', 'abcd', 400],
    ['5 characters', 'abcde', 201],
    ['500 characters', 'á'.repeat(500), 201],
    ['501 characters', 'á'.repeat(501), 400],
    ['5 characters typed in NFD', 'ệệệệệ'.normalize('NFD'), 201],
    ['4 family emoji', '👨‍👩‍👧‍👦'.repeat(4), 400],
    ['5 family emoji', '👨‍👩‍👧‍👦'.repeat(5), 201],
    ['only whitespace', '     \n\t   ', 400],
    ['markup only', '<b></b><i></i>', 400],
  ])('%s → %s', async (_label, content, status) => {
    const res = await post(valid({ content }))
    expect(res.status).toBe(status)
    if (status === 400) expect(typeof res.body.errors[0].message).toBe('string')
  })

  it('answers below 5 characters with the form’s own message', async () => {
    expect((await post(valid({ content: 'abc' }))).body.errors[0].message).toBe(
      'Bạn vui lòng nhập từ 5 ký tự trở lên',
    )
  })

  it.each([
    ['empty name', { authorName: '  ' }],
    ['name over 80', { authorName: 'A'.repeat(81) }],
    ['no consent', { consent: undefined }],
    ['consent as a string', { consent: 'true' }],
    ['bad email', { authorEmail: 'khong-phai-email' }],
    ['unknown article', { article: 999999 }],
    ['a draft article', { article: -1 }],
    ['article as an object', { article: { id: 1 } }],
    ['content as a number', { content: 12345 }],
    ['comments closed', { article: -2 }],
  ])('refuses %s with 400', async (_label, extra) => {
    const replace = (v: unknown) => (v === -1 ? draft : v === -2 ? closed : v)
    const body = Object.fromEntries(
      Object.entries(valid(extra as never)).map(([k, v]) => [k, replace(v)]),
    )
    const res = await post(body)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message.length).toBeGreaterThan(5)
  })

  it('refuses malformed JSON and a 1 MB body without harm', async () => {
    expect((await post('{"article":')).status).toBe(400)
    const huge = await post(valid({ content: 'x'.repeat(1024 * 1024) }))
    expect([400, 413]).toContain(huge.status)
    expect((await post(valid())).status).toBe(201)
  })

  it('a citizen cannot set the status or moderation fields', async () => {
    const res = await post(
      valid({
        status: 'approved',
        flags: [],
        rejectionReason: 'khac',
        ipHash: 'x',
        content: 'Tôi muốn tự duyệt bình luận này',
      }),
    )
    expect(res.status).toBe(201)
    const doc = await payload.findByID({ collection: 'comments', id: res.body.doc.id })
    expect(doc.status).toBe('pending')
    expect(doc.ipHash).toMatch(/^[0-9a-f]{32}$/)
  })

  it('stores plain text: tags removed, NFC', async () => {
    const res = await post(valid({ content: '<script>alert(1)</script><b>Đồng ý</b> với ý kiến' }))
    const doc = await payload.findByID({ collection: 'comments', id: res.body.doc.id })
    expect(doc.content).toBe('Đồng ý với ý kiến')
  })

  it('banned words refuse only as written; a tone-less lookalike, suspect words and many links flag', async () => {
    expect((await post(valid({ content: 'Bài này PHẢN ĐỘNG quá đi' }))).status).toBe(400)
    const lookalike = await post(valid({ content: 'Bài này PHAN DONG quá đi' }))
    expect(lookalike.status).toBe(201)
    const held = await post(valid({ content: 'Coi chừng lua dao trên mạng nhé' }))
    expect(held.status).toBe(201)
    const links = await post(valid({ content: 'Xem http://a.vn http://b.vn http://c.vn nhé' }))
    const flags = async (id: number) =>
      (await payload.findByID({ collection: 'comments', id })).flags
    expect(await flags(lookalike.body.doc.id)).toEqual(['tu-cam-gan-dung'])
    expect(await flags(held.body.doc.id)).toEqual(['tu-nghi-van'])
    expect(await flags(links.body.doc.id)).toEqual(['nhieu-lien-ket'])
  })

  it('refuses the same text from the same address within an hour', async () => {
    const body = valid({ content: 'Một ý kiến chỉ gửi một lần thôi' })
    expect((await post(body, '10.9.9.9')).status).toBe(201)
    expect((await post(body, '10.9.9.9')).status).toBe(400)
    expect((await post(body, '10.9.9.10')).status).toBe(201)
  })

  it('keeps a honeypot submission as spam but answers 201 like any other', async () => {
    const res = await post(
      valid({ website: 'http://spam.example', content: 'Mua hàng giá rẻ tại đây' }),
    )
    expect(res.status).toBe(201)
    expect(res.body.doc.status).toBe('pending')
    expect((await payload.findByID({ collection: 'comments', id: res.body.doc.id })).status).toBe(
      'spam',
    )
  })

  it('replies go one level deep, to approved comments of the same article only', async () => {
    const parent = (await post(valid({ content: 'Bình luận gốc để trả lời' }))).body.doc.id
    expect((await post(valid({ parent, content: 'Trả lời bình luận chưa duyệt' }))).status).toBe(
      400,
    )
    await rest(payload, 'PATCH', `/api/comments/${parent}`, {
      token: users.moderator.token,
      body: { status: 'approved' },
    })
    const reply = await post(valid({ parent, content: 'Trả lời bình luận đã duyệt' }))
    expect(reply.status).toBe(201)
    await rest(payload, 'PATCH', `/api/comments/${reply.body.doc.id}`, {
      token: users.moderator.token,
      body: { status: 'approved' },
    })
    expect(
      (await post(valid({ parent: reply.body.doc.id, content: 'Trả lời cấp hai không được' })))
        .status,
    ).toBe(400)
  })
})

describe('rate limits', () => {
  it('answers 429 with Retry-After per address (socket address unless TRUST_PROXY=1)', async () => {
    process.env.COMMENT_IP_POINTS = '2'
    try {
      const body = (i: number) => valid({ content: `Ý kiến thứ ${i} của cùng một người` })
      expect((await post(body(1), '10.3.3.3')).status).toBe(201)
      expect((await post(body(2), '10.3.3.3')).status).toBe(201)
      const refused = await post(body(3), '10.3.3.3')
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused.body.errors[0].message).toMatch(/thử lại sau/)
      // Without TRUST_PROXY a client cannot escape by claiming another address.
      const spoofed = await rest(payload, 'POST', '/api/comments', {
        body: body(4),
        headers: { 'x-portal-socket-address': '10.3.3.3', 'x-forwarded-for': '1.2.3.4' },
      })
      expect(spoofed.status).toBe(429)
      // Behind a trusted proxy the right-most X-Forwarded-For entry is the client.
      process.env.TRUST_PROXY = '1'
      const proxied = await rest(payload, 'POST', '/api/comments', {
        body: body(5),
        headers: { 'x-portal-socket-address': '10.3.3.3', 'x-forwarded-for': '6.6.6.6, 10.4.4.4' },
      })
      expect(proxied.status).toBe(201)
    } finally {
      process.env.COMMENT_IP_POINTS = '1000'
      delete process.env.TRUST_PROXY
    }
  })
})

describe('moderation and privacy', () => {
  it('only moderators and admins change a status; rejecting needs a reason; every decision is logged', async () => {
    const id = (await post(valid({ content: 'Bình luận chờ kiểm duyệt viên' }))).body.doc.id
    for (const role of ['editor-in-chief', 'editor', 'reporter'] as const) {
      expect(
        (
          await rest(payload, 'PATCH', `/api/comments/${id}`, {
            token: users[role].token,
            body: { status: 'approved' },
          })
        ).status,
      ).toBe(403)
    }
    expect(
      (await rest(payload, 'PATCH', `/api/comments/${id}`, { body: { status: 'approved' } }))
        .status,
    ).toBe(403)
    const noReason = await rest(payload, 'PATCH', `/api/comments/${id}`, {
      token: users.moderator.token,
      body: { status: 'rejected' },
    })
    expect(noReason.status).toBe(400)
    const other = await rest(payload, 'PATCH', `/api/comments/${id}`, {
      token: users.moderator.token,
      body: { status: 'rejected', rejectionReason: 'khac' },
    })
    expect(other.status).toBe(400)
    const rejected = await rest(payload, 'PATCH', `/api/comments/${id}`, {
      token: users.moderator.token,
      body: { status: 'rejected', rejectionReason: 'xuc-pham' },
    })
    expect(rejected.status).toBe(200)
    const approved = await rest(payload, 'PATCH', `/api/comments/${id}`, {
      token: users.admin.token,
      body: { status: 'approved' },
    })
    expect(approved.status).toBe(200)
    const doc = await payload.findByID({ collection: 'comments', id })
    expect(doc.moderationLog?.map((l) => [l.from, l.to, l.reason ?? null, l.byName])).toEqual([
      ['pending', 'rejected', 'xuc-pham', 'Tài khoản moderator'],
      ['rejected', 'approved', null, 'Tài khoản admin'],
    ])
  })

  it('the public sees approved comments only, never email, address hash or moderation fields (REST and GraphQL)', async () => {
    const id = (
      await post(valid({ content: 'Bình luận công khai có email', authorEmail: 'dan@example.org' }))
    ).body.doc.id
    await rest(payload, 'PATCH', `/api/comments/${id}`, {
      token: users.moderator.token,
      body: { status: 'approved' },
    })
    const list = await rest(
      payload,
      'GET',
      `/api/comments?where[article][equals]=${article}&limit=100`,
    )
    expect(list.status).toBe(200)
    expect(
      list.body.docs.every(
        (c: { status?: string }) => c.status === undefined || c.status === 'approved',
      ),
    ).toBe(true)
    const mine = list.body.docs.find((c: { id: number }) => c.id === id)
    expect(mine.content).toBe('Bình luận công khai có email')
    for (const key of [
      'authorEmail',
      'ipHash',
      'flags',
      'rejectionReason',
      'rejectionNote',
      'status',
    ])
      expect(mine).not.toHaveProperty(key)
    // Payload keeps an unreadable array field as an empty list: the log's entries stay hidden.
    expect(mine.moderationLog ?? []).toEqual([])
    for (const role of ['editor', 'reporter'] as const) {
      const asStaff = await rest(payload, 'GET', `/api/comments/${id}`, {
        token: users[role].token,
      })
      expect(asStaff.body).not.toHaveProperty('authorEmail')
    }
    const asModerator = await rest(payload, 'GET', `/api/comments/${id}`, {
      token: users.moderator.token,
    })
    expect(asModerator.body.authorEmail).toBe('dan@example.org')
    const gql = await graphql(
      payload,
      `
        query {
          Comments(limit: 100) {
            docs {
              id
              content
              authorEmail
              ipHash
            }
          }
        }
      `,
    )
    const docs = gql.body.data.Comments.docs
    expect(docs.some((c: { id: number }) => c.id === id)).toBe(true)
    expect(
      docs.every(
        (c: { authorEmail: string | null; ipHash: string | null }) =>
          c.authorEmail === null && c.ipHash === null,
      ),
    ).toBe(true)
    const create = await graphql(
      payload,
      `mutation { createComment(data: { article: ${article}, authorName: "X", content: "Tạo qua GraphQL" }) { id } }`,
    )
    expect(create.body.errors?.length).toBeGreaterThan(0)
  })

  it('counts approved comments on the article, outside the versioned document', async () => {
    const stats = await payload.find({
      collection: 'article-stats',
      where: { article: { equals: article } },
    })
    const approved = await payload.count({
      collection: 'comments',
      where: { and: [{ article: { equals: article } }, { status: { equals: 'approved' } }] },
    })
    expect(Number(stats.docs[0].commentCount)).toBe(approved.totalDocs)
    expect(approved.totalDocs).toBeGreaterThan(0)
  })

  it('purges address hashes older than 90 days', async () => {
    const { purgeAddressHashes } = await import('../src/comments/purgeAddressHashes')
    const id = (await post(valid({ content: 'Bình luận cũ từ năm ngoái' }))).body.doc.id
    const { sqlPool } = await import('../src/lib/sqlPool')
    await sqlPool(payload).query(
      `UPDATE comments SET created_at = now() - interval '91 days' WHERE id = $1`,
      [id],
    )
    const fresh = (await post(valid({ content: 'Bình luận mới hôm nay' }))).body.doc.id
    expect(await purgeAddressHashes(payload)).toBeGreaterThanOrEqual(1)
    expect((await payload.findByID({ collection: 'comments', id })).ipHash).toBeNull()
    expect((await payload.findByID({ collection: 'comments', id: fresh })).ipHash).toMatch(
      /^[0-9a-f]{32}$/,
    )
  })

  it('lets an admin erase one person’s comments by email or address hash, and nobody else', async () => {
    const a = (
      await post(
        valid({ content: 'Ý kiến thứ nhất của bà Lan', authorEmail: 'lan@example.org' }),
        '10.7.7.7',
      )
    ).body.doc.id
    const b = (await post(valid({ content: 'Ý kiến thứ hai của bà Lan' }), '10.7.7.7')).body.doc.id
    const hash = (await payload.findByID({ collection: 'comments', id: b })).ipHash
    expect(
      (
        await rest(payload, 'POST', '/api/comments/erase', {
          token: users.moderator.token,
          body: { email: 'lan@example.org' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await rest(payload, 'POST', '/api/comments/erase', { body: { email: 'lan@example.org' } }))
        .status,
    ).toBe(403)
    const erased = await rest(payload, 'POST', '/api/comments/erase', {
      token: users.admin.token,
      body: { email: 'lan@example.org', ipHash: hash },
    })
    expect(erased.body.erased).toBeGreaterThanOrEqual(2)
    for (const id of [a, b])
      expect(await payload.findByID({ collection: 'comments', id, disableErrors: true })).toBeNull()
  })

  it('moderators find all comments of one person by email or address hash', async () => {
    await post(valid({ content: 'Ý kiến của ông Tâm số một', authorEmail: 'tam@example.org' }))
    await post(valid({ content: 'Ý kiến của ông Tâm số hai', authorEmail: 'tam@example.org' }))
    const found = await rest(
      payload,
      'GET',
      '/api/comments?where[authorEmail][equals]=tam@example.org',
      { token: users.moderator.token },
    )
    expect(found.body.totalDocs).toBe(2)
    const asPublic = await rest(
      payload,
      'GET',
      '/api/comments?where[authorEmail][equals]=tam@example.org',
    )
    expect(asPublic.status === 200 ? asPublic.body.totalDocs : 0).toBe(0)
  })
})
