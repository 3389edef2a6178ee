import ExcelJS from 'exceljs'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { FEEDBACK_HEADERS, formatVietnamTime } from '../src/consultations/feedbackWorkbook'
import { verifyNotice } from '../src/lib/signedNotice'
import { graphql, rest } from './helpers/api'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites, type Scope } from './helpers/twoSites'

/**
 * Consultation on drafts (Góp ý dự thảo): who opens and publishes one, the feedback endpoint
 * (dates, lengths, the comments' protections, plain HTML form), feedback never public, counts
 * and the XLSX export per site.
 */
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>
const ids = {} as Record<'open' | 'upcoming' | 'closed' | 'hidden' | 'commune', number>
let n = 0

const token = (role: Role, scope: Scope) => world.actor(role, scope).token
const HOUR = 3_600_000
const at = (offset: number) => new Date(Date.now() + offset).toISOString()
const consultation = (title: string, site: number, opens: number, closes: number) => ({
  title,
  site,
  opensAt: at(opens),
  closesAt: at(closes),
  receivingEmail: 'gopy@vinhan.example.vn',
  published: true,
})
const feedback = (id: number, body: Record<string, unknown>, address = `10.9.0.${++n}`) =>
  rest(payload, 'POST', `/api/consultations/${id}/feedback`, {
    body,
    headers: { 'x-portal-socket-address': address },
  })
const valid = (extra: Record<string, unknown> = {}) => ({
  authorName: 'Trần Thị Góp Ý',
  authorEmail: 'gopy.nguoidan@example.org',
  content: 'Đề nghị bổ sung quy định về lấy ý kiến Nhân dân.',
  consent: true,
  ...extra,
})
/** A raw POST as a browser's form sends it (no JavaScript). */
const formPost = async (id: number, fields: Record<string, string>) => {
  const request = new Request(`http://localhost:3000/api/consultations/${id}/feedback`, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-portal-socket-address': `10.8.0.${++n}`,
    },
  })
  return handleEndpoints({ config: payload.config, request })
}

beforeAll(async () => {
  process.env.FEEDBACK_IP_POINTS = '1000'
  ;({ payload, stop } = await startTestPayload())
  world = await buildTwoSites(payload)
  await payload.updateGlobal({
    slug: 'moderation-settings',
    data: { bannedWords: 'phản động', suspectWords: 'lừa đảo' },
  })
  const main = world.sites.main.id
  const make = async (key: keyof typeof ids, body: object, role: Role = 'editor-in-chief') => {
    const scope = key === 'commune' ? 'commune' : 'main'
    const res = await rest(payload, 'POST', '/api/consultations', {
      token: token(role, scope),
      body,
    })
    if (res.status !== 201) throw new Error(`${key}: ${JSON.stringify(res.body)}`)
    ids[key] = res.body.doc.id
  }
  await make('open', consultation('Dự thảo Nghị quyết về chuyển đổi số', main, -HOUR, 48 * HOUR))
  await make('upcoming', consultation('Dự thảo Quy chế làm việc', main, HOUR, 48 * HOUR))
  await make('closed', consultation('Dự thảo Kế hoạch năm', main, -48 * HOUR, -HOUR))
  await make('hidden', {
    ...consultation('Dự thảo chưa công bố', main, -HOUR, HOUR),
    published: false,
  })
  await make(
    'commune',
    consultation('Dự thảo của xã An Hòa', world.sites.commune.id, -HOUR, 48 * HOUR),
  )
}, 240_000)
afterAll(() => stop())

describe('consultations', () => {
  it.each([
    ['admin', 'main', 201],
    ['editor-in-chief', 'main', 201],
    ['editor', 'main', 201],
    ['reporter', 'main', 403],
    ['moderator', 'main', 403],
    ['editor', 'commune', 403],
  ] as const)('%s of %s opens one on the province → %i', async (role, scope, status) => {
    const res = await rest(payload, 'POST', '/api/consultations', {
      token: token(role, scope),
      body: consultation(`Dự thảo thử ${role} ${scope}`, world.sites.main.id, -HOUR, HOUR),
    })
    expect(res.status).toBe(status)
  })

  it('the public may not open one', async () => {
    const res = await rest(payload, 'POST', '/api/consultations', {
      body: consultation('Dự thảo vô danh', world.sites.main.id, -HOUR, HOUR),
    })
    expect(res.status).toBe(403)
  })

  it('an editor cannot publish (the flag stays off); the chief can', async () => {
    const res = await rest(payload, 'POST', '/api/consultations', {
      token: token('editor', 'main'),
      body: consultation('Dự thảo biên tập viên', world.sites.main.id, -HOUR, HOUR),
    })
    expect(res.body.doc.published).toBe(false)
    const id = res.body.doc.id
    await rest(payload, 'PATCH', `/api/consultations/${id}`, {
      token: token('editor', 'main'),
      body: { published: true },
    })
    expect((await payload.findByID({ collection: 'consultations', id })).published).toBe(false)
    const chief = await rest(payload, 'PATCH', `/api/consultations/${id}`, {
      token: token('editor-in-chief', 'main'),
      body: { published: true },
    })
    expect(chief.status).toBe(200)
    expect(chief.body.doc.published).toBe(true)
  })

  it('closesAt must come after opensAt', async () => {
    const res = await rest(payload, 'POST', '/api/consultations', {
      token: token('editor', 'main'),
      body: consultation('Dự thảo ngược ngày', world.sites.main.id, HOUR, -HOUR),
    })
    expect(res.status).toBe(400)
  })

  it('the public reads published ones with a status from the dates, never the unpublished', async () => {
    const res = await rest(
      payload,
      'GET',
      `/api/consultations?where[site][equals]=${world.sites.main.id}&limit=100`,
    )
    expect(res.status).toBe(200)
    const byId = new Map(res.body.docs.map((d: { id: number; status: string }) => [d.id, d.status]))
    expect(byId.get(ids.open)).toBe('open')
    expect(byId.get(ids.upcoming)).toBe('upcoming')
    expect(byId.get(ids.closed)).toBe('closed')
    expect(byId.has(ids.hidden)).toBe(false)
    expect((await rest(payload, 'GET', `/api/consultations/${ids.hidden}`)).status).toBe(404)
    const gql = await graphql(payload, '{ Consultations(limit: 100) { docs { id title status } } }')
    const titles = gql.body.data.Consultations.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Dự thảo Nghị quyết về chuyển đổi số')
    expect(titles).not.toContain('Dự thảo chưa công bố')
  })
})

describe('POST /api/consultations/{id}/feedback', () => {
  it('accepts feedback as pending: 201 { doc: { id, status } }', async () => {
    const res = await feedback(ids.open, valid())
    expect(res.status).toBe(201)
    expect(Object.keys(res.body.doc).sort()).toEqual(['id', 'status'])
    expect(res.body.doc.status).toBe('pending')
    const stored = await payload.findByID({
      collection: 'consultation-feedback',
      id: res.body.doc.id,
    })
    expect(stored).toMatchObject({ status: 'pending', consultation: expect.anything() })
    expect(stored.site).toMatchObject({ id: world.sites.main.id })
  })

  it('before opensAt: 400 "Chưa mở góp ý"; after closesAt: 400 "Đã hết thời hạn góp ý"', async () => {
    const before = await feedback(ids.upcoming, valid())
    expect(before.status).toBe(400)
    expect(before.body.errors[0].message).toBe('Chưa mở góp ý')
    const after = await feedback(ids.closed, valid())
    expect(after.status).toBe(400)
    expect(after.body.errors[0].message).toBe('Đã hết thời hạn góp ý')
  })

  it('an unpublished or unknown consultation takes nothing', async () => {
    for (const id of [ids.hidden, 999999]) {
      const res = await feedback(id, valid())
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe('Dự thảo không tồn tại hoặc chưa được công bố.')
    }
  })

  it('closes by itself at closesAt, with no job', async () => {
    const res = await rest(payload, 'POST', '/api/consultations', {
      token: token('editor-in-chief', 'main'),
      body: consultation('Dự thảo đóng sau 2 giây', world.sites.main.id, -HOUR, 2000),
    })
    const id = res.body.doc.id
    expect((await feedback(id, valid({ content: 'Góp ý kịp thời hạn.' }))).status).toBe(201)
    await new Promise((r) => setTimeout(r, 2200))
    const late = await feedback(id, valid({ content: 'Góp ý quá hạn.' }))
    expect(late.status).toBe(400)
    expect(late.body.errors[0].message).toBe('Đã hết thời hạn góp ý')
    expect((await rest(payload, 'GET', `/api/consultations/${id}`)).body.status).toBe('closed')
  })

  it('counts user-perceived characters: 5 and 5,000 pass, 4 and 5,001 do not', async () => {
    // "ệ" typed as e + two combining marks: one character, three code points.
    const e = 'e\u0323\u0302'
    expect((await feedback(ids.open, valid({ content: e.repeat(5) }))).status).toBe(201)
    expect((await feedback(ids.open, valid({ content: 'ý'.repeat(5000) }))).status).toBe(201)
    const short = await feedback(ids.open, valid({ content: e.repeat(4) }))
    expect(short.status).toBe(400)
    expect(short.body.errors[0].message).toBe('Bạn vui lòng nhập từ 5 ký tự trở lên')
    const long = await feedback(ids.open, valid({ content: 'ý'.repeat(5001) }))
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toBe('Góp ý không được dài quá 5000 ký tự (hiện có 5001).')
  })

  it('refuses without consent, without a name, with a banned word; never runs HTML', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ consent: false }, /đồng ý với chính sách/],
      [{ authorName: '  ' }, /họ và tên/],
      [{ content: 'Bọn phản động nói sai.' }, /không phù hợp|từ ngữ/],
    ]
    for (const [extra, message] of cases) {
      const res = await feedback(ids.open, valid(extra))
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(message)
    }
    const html = await feedback(
      ids.open,
      valid({ content: '<script>alert(1)</script>Góp ý <b>in đậm</b>' }),
    )
    const stored = await payload.findByID({
      collection: 'consultation-feedback',
      id: html.body.doc.id,
    })
    expect(stored.content).toBe('Góp ý in đậm')
  })

  it('keeps a honeypot hit as spam, answering like any other', async () => {
    const res = await feedback(
      ids.open,
      valid({ website: 'http://spam.example', content: 'Mua ngay hôm nay!' }),
    )
    expect(res.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'consultation-feedback',
      id: res.body.doc.id,
    })
    expect(stored.status).toBe('spam')
  })

  it('refuses the same text from the same address within the hour', async () => {
    const body = valid({ content: 'Một góp ý chỉ gửi một lần.' })
    expect((await feedback(ids.open, body, '10.7.0.1')).status).toBe(201)
    const again = await feedback(ids.open, body, '10.7.0.1')
    expect(again.status).toBe(400)
    expect(again.body.errors[0].message).toMatch(/đã gửi góp ý này rồi/)
  })

  it('answers 429 with Retry-After past the per-address limit', async () => {
    process.env.FEEDBACK_IP_POINTS = '2'
    try {
      const codes = []
      for (let i = 0; i < 3; i++)
        codes.push(
          (await feedback(ids.open, valid({ content: `Góp ý số ${i} nhanh.` }), '10.6.0.1')).status,
        )
      expect(codes).toEqual([201, 201, 429])
    } finally {
      process.env.FEEDBACK_IP_POINTS = '1000'
    }
  })

  it('a plain HTML form returns to its page: 303, and a signed message on refusal', async () => {
    const slug = (await payload.findByID({ collection: 'consultations', id: ids.open })).slug
    const back = `/gop-y-du-thao/${slug}`
    const fields = {
      authorName: 'Lê Văn Biểu Mẫu',
      content: 'Góp ý gửi bằng biểu mẫu.',
      consent: 'on',
      back,
    }
    const ok = await formPost(ids.open, fields)
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`${back}?ket-qua=da-gui#gui`)
    const late = await formPost(ids.closed, {
      ...fields,
      back: '/don-vi/xa-an-hoa/gop-y-du-thao/x',
    })
    expect(late.status).toBe(303)
    const url = new URL(late.headers.get('location')!, 'http://x')
    expect(url.pathname).toBe('/don-vi/xa-an-hoa/gop-y-du-thao/x')
    expect(url.searchParams.get('thong-bao')).toBe('Đã hết thời hạn góp ý')
    expect(verifyNotice(url.searchParams.get('thong-bao'), url.searchParams.get('ky'))).toBe(true)
    expect(verifyNotice('Lời giả mạo', url.searchParams.get('ky'))).toBe(false)
    // Never an open redirect: a foreign `back` gets the JSON answer.
    const foreign = await formPost(ids.open, {
      ...fields,
      content: 'Góp ý khác.',
      back: '//evil.example/x',
    })
    expect(foreign.status).toBe(201)
    expect(foreign.headers.get('location')).toBeNull()
  })
})

describe('feedback is never public', () => {
  it('the public gets nothing over REST and GraphQL', async () => {
    expect((await rest(payload, 'GET', '/api/consultation-feedback')).status).toBe(403)
    const gql = await graphql(payload, '{ ConsultationFeedbacks { docs { id content } } }')
    expect(gql.body.data?.ConsultationFeedbacks ?? null).toBeNull()
    expect(gql.body.errors?.length).toBeGreaterThan(0)
  })

  it('staff of the site read it with email and address hash; others see none of it', async () => {
    const where = `where[consultation][equals]=${ids.open}&limit=1000`
    const main = await rest(payload, 'GET', `/api/consultation-feedback?${where}`, {
      token: token('moderator', 'main'),
    })
    expect(main.status).toBe(200)
    const total = await payload.count({
      collection: 'consultation-feedback',
      where: { consultation: { equals: ids.open } },
    })
    expect(main.body.totalDocs).toBe(total.totalDocs)
    const first = main.body.docs.find((d: { authorEmail?: string }) => d.authorEmail)
    expect(first.authorEmail).toBe('gopy.nguoidan@example.org')
    expect(first.ipHash).toMatch(/^[0-9a-f]{32}$/)
    // The raw address is never stored anywhere in a row.
    expect(JSON.stringify(main.body.docs)).not.toMatch(/10\.\d+\.0\.\d+/)
    for (const role of ['editor', 'moderator', 'admin'] as const) {
      const other = await rest(payload, 'GET', `/api/consultation-feedback?${where}`, {
        token: token(role, 'commune'),
      })
      expect(other.status).toBe(200)
      expect(other.body.totalDocs).toBe(0)
    }
    const reporter = await rest(payload, 'GET', `/api/consultation-feedback?${where}`, {
      token: token('reporter', 'main'),
    })
    expect(reporter.status).toBe(403)
    const gql = await graphql(
      payload,
      `
        {
          ConsultationFeedbacks(limit: 1000) {
            totalDocs
            docs {
              authorEmail
            }
          }
        }
      `,
      { token: token('editor', 'commune') },
    )
    expect(gql.body.data.ConsultationFeedbacks.totalDocs).toBe(0)
  })
})

describe('deleting', () => {
  it('a consultation with feedback cannot be deleted; one without can', async () => {
    const res = await rest(payload, 'DELETE', `/api/consultations/${ids.open}`, {
      token: token('editor', 'main'),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/không thể xóa/)
    const empty = await rest(payload, 'DELETE', `/api/consultations/${ids.upcoming}`, {
      token: token('editor', 'main'),
    })
    expect(empty.status).toBe(200)
  })
})

describe('GET /api/consultations/{id}/feedback.xlsx', () => {
  it('gives the site staff every piece of feedback but spam, with Vietnamese headers and Vietnam time', async () => {
    const res = await fetchXlsx(ids.open, token('editor', 'main'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await res.arrayBuffer()) as never)
    const sheet = book.getWorksheet('Góp ý')!
    const rows = sheet.getSheetValues().slice(1) as unknown[][]
    expect(rows[0][1]).toBe('Góp ý dự thảo: Dự thảo Nghị quyết về chuyển đổi số')
    expect(rows[1].slice(1)).toEqual(FEEDBACK_HEADERS)
    const { docs } = await payload.find({
      collection: 'consultation-feedback',
      where: { and: [{ consultation: { equals: ids.open } }, { status: { not_equals: 'spam' } }] },
      sort: 'createdAt',
      limit: 0,
    })
    expect(docs.length).toBeGreaterThanOrEqual(8)
    expect(rows.slice(2).map((r) => r.slice(1))).toEqual(
      docs.map((d, i) => [
        i + 1,
        formatVietnamTime(d.createdAt),
        d.authorName,
        d.authorEmail ?? '',
        d.content,
        'Chờ duyệt',
      ]),
    )
    expect(formatVietnamTime('2026-01-01T17:30:00Z')).toBe('02/01/2026 00:30')
  })

  it.each([
    [null, 401],
    [['reporter', 'main'], 403],
    [['editor', 'commune'], 403],
    [['moderator', 'commune'], 403],
    [['moderator', 'main'], 200],
    [['admin', 'all'], 200],
  ] as const)('%s → %i', async (who, status) => {
    const res = await fetchXlsx(ids.open, who ? token(who[0], who[1]) : undefined)
    expect(res.status).toBe(status)
  })

  it('404 for an unknown consultation', async () => {
    expect((await fetchXlsx(999999, token('admin', 'all'))).status).toBe(404)
  })
})

/** The export through Payload's handler, keeping the binary body. */
async function fetchXlsx(id: number, jwt?: string) {
  const headers = new Headers(jwt ? { Authorization: `JWT ${jwt}` } : {})
  const request = new Request(`http://localhost:3000/api/consultations/${id}/feedback.xlsx`, {
    headers,
  })
  return handleEndpoints({ config: payload.config, request })
}
