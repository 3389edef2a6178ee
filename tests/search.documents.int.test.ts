import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startJobWorker, type JobWorker } from '../src/launcher/worker'
import { documentsIndexName, searchClient } from '../src/search/client'
import { documentIndex } from '../src/search/documentIndex'
import { reindexCollection } from '../src/search/reindex'
import { transitionWorkflow } from '../src/workflow/transitionWorkflow'
import { rest } from './helpers/api'
import { createAccounts, type Account } from './helpers/fixtures'
import { startSearchPayload, waitForSyncDrained } from './helpers/search'

/**
 * The documents index against a real Meilisearch and Postgres: what the public finds by code,
 * title, issuer, signer, field and PDF text; what it never finds (secret, internal, unpublished,
 * deleted); the filters; per site; and reindex.
 */
let payload: Payload
let stop: () => Promise<void>
let worker: JobWorker
let admin: Account
const site = { main: 0, commune: 0 }
const ids: Record<string, number> = {}

const search = (query: string, headers: Record<string, string> = {}) =>
  rest(payload, 'GET', `/api/search?kind=documents&${query}`, { headers })
const found = (body: { hits: { id: number }[] }) => body.hits.map((h) => h.id).sort()
const idsOf = (...keys: string[]) => keys.map((k) => ids[k]).sort()
const onCommune = { 'x-portal-site': 'xa-an-hoa' }

async function transition(id: number, to: string) {
  const req = await createLocalReq(
    { user: { id: admin.id, roles: admin.roles, collection: 'users' } as never },
    payload,
  )
  return transitionWorkflow('documents', { req, id, to })
}

async function write(key: string, data: Record<string, unknown>, publish = true) {
  const doc = await payload.create({
    collection: 'documents',
    draft: true,
    data: {
      site: site.main,
      issuer: 'Tỉnh ủy Vĩnh An',
      signer: 'Trần Thị Hoa',
      field: 'Xây dựng Đảng',
      _status: 'draft',
      ...data,
    } as never,
  })
  ids[key] = doc.id
  if (publish) for (const to of ['in_review', 'published']) await transition(doc.id, to)
  return doc.id
}

beforeAll(async () => {
  ;({ payload, stop } = await startSearchPayload())
  admin = (await createAccounts(payload)).admin
  site.main = (
    await payload.find({ collection: 'sites', where: { parent: { exists: false } } })
  ).docs[0].id
  const commune = await rest(payload, 'POST', '/api/sites', {
    token: admin.token,
    body: { name: 'Đảng ủy xã An Hòa', slug: 'xa-an-hoa', domains: ['anhoa.vinhan.example.vn'] },
  })
  site.commune = commune.body.doc.id

  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj <<>> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer <<>>\nstartxref\n9\n%%EOF\n',
  )
  const file = await payload.create({
    collection: 'document-files',
    data: { site: site.main, title: 'Toàn văn' } as never,
    file: {
      data: pdf,
      mimetype: 'application/pdf',
      name: 'nghi-quyet-15.pdf',
      size: pdf.length,
    },
  })
  ids.file = file.id
  await write('nq15', {
    code: '15-NQ/TU',
    title: 'Nghị quyết về chuyển đổi số tỉnh Vĩnh An đến năm 2030',
    signer: 'Nguyễn Văn Bình',
    field: 'Chuyển đổi số',
    issuedAt: '2026-03-15T05:00:00.000Z',
    files: [file.id],
  })
  await write('ct05', {
    code: '05-CT/TU',
    title: 'Chỉ thị về tăng cường bảo vệ môi trường làng nghề',
    issuedAt: '2025-06-01T05:00:00.000Z',
    expiresAt: '2025-12-31T05:00:00.000Z',
  })
  await write('nq10', {
    code: '10-NQ/TU',
    title: 'Nghị quyết về phát triển nông nghiệp sạch',
    issuedAt: '2024-04-10T05:00:00.000Z',
  })
  await write('nq16', {
    code: '16-NQ/TU',
    title: 'Nghị quyết về phát triển nông nghiệp hữu cơ',
    issuedAt: '2026-05-20T05:00:00.000Z',
    replaces: [ids.nq10],
  })
  await write(
    'secret',
    {
      code: '03-KL/TU',
      title: 'Kết luận về phát triển du lịch cộng đồng',
      issuedAt: '2026-02-01T05:00:00.000Z',
      secrecy: 'mat',
    },
    false,
  )
  await write(
    'internal',
    {
      code: '04-KL/TU',
      title: 'Kết luận về phát triển du lịch sinh thái',
      issuedAt: '2026-02-02T05:00:00.000Z',
      scope: 'internal',
    },
    false,
  )
  await write('gone', {
    code: '07-KH/TU',
    title: 'Kế hoạch tổ chức hội thao truyền thống',
    issuedAt: '2026-01-05T05:00:00.000Z',
  })
  await write('commune', {
    site: site.commune,
    code: '02-NQ/ĐU',
    title: 'Nghị quyết về chuyển đổi số xã An Hòa',
    issuer: 'Đảng ủy xã An Hòa',
    issuedAt: '2026-04-01T05:00:00.000Z',
  })
  worker = startJobWorker(payload, { intervalMs: 100 })
  await waitForSyncDrained(payload)
})

afterAll(async () => {
  await worker?.stop()
  await stop?.()
})

describe('documents search', () => {
  it.each(['15-NQ/TU', '15 nq tu', 'nq 15', 'nghi quyet 15', 'nghị quyết 15', 'NQ/TU 15'])(
    'finds 15-NQ/TU for "%s"',
    async (q) => {
      const res = await search(`q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
      expect(res.body.hits[0]?.code).toBe('15-NQ/TU')
      expect(found(res.body)).toEqual(idsOf('nq15'))
    },
  )

  it('finds by title without tone marks, issuer, signer and field; hits carry the public URL', async () => {
    const byTitle = await search('q=chuyen%20doi%20so%20tinh%20vinh%20an')
    expect(found(byTitle.body)).toEqual(idsOf('nq15'))
    expect(byTitle.body.hits[0]).toMatchObject({
      code: '15-NQ/TU',
      type: 'nghi-quyet',
      issuer: 'Tỉnh ủy Vĩnh An',
      url: `/van-ban/${byTitle.body.hits[0].slug}`,
      validity: 'con',
      issuedAt: '2026-03-15T05:00:00.000Z',
    })
    expect(found((await search('q=nguyen%20van%20binh')).body)).toEqual(idsOf('nq15'))
    expect(found((await search('q=tran%20thi%20hoa')).body)).toEqual(
      idsOf('ct05', 'nq10', 'nq16', 'gone'),
    )
  })

  it('finds words that are only in the PDF text, once the extraction writes it', async () => {
    expect((await search('q=ha%20tang%20du%20lieu%20dung%20chung')).body.total).toBe(0)
    await payload.update({
      collection: 'document-files',
      id: ids.file,
      data: { text: 'Điều 3. Xây dựng hạ tầng dữ liệu dùng chung của tỉnh.' },
      overrideAccess: true,
    })
    await waitForSyncDrained(payload)
    const res = await search('q=ha%20tang%20du%20lieu%20dung%20chung')
    expect(found(res.body)).toEqual(idsOf('nq15'))
  })

  it('never holds a secret, internal or unpublished document', async () => {
    expect((await search('q=du%20lich')).body.total).toBe(0)
    const refused = await transition(ids.secret, 'in_review').then(() =>
      transition(ids.secret, 'published').catch((e) => e.status),
    )
    expect(refused).toBe(400)
    const { numberOfDocuments } = await searchClient().index(documentsIndexName()).getStats()
    expect(numberOfDocuments).toBe(6)
  })

  it('filters by type, year, issuer, field and validity (replaced and expired are "het")', async () => {
    expect(found((await search('type=chi-thi')).body)).toEqual(idsOf('ct05'))
    expect(found((await search('year=2025')).body)).toEqual(idsOf('ct05'))
    expect(found((await search('year=2026&type=nghi-quyet')).body)).toEqual(idsOf('nq15', 'nq16'))
    expect(
      found((await search('field=Chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91')).body),
    ).toEqual(idsOf('nq15'))
    expect(found((await search('issuer=tinh-uy-vinh-an&q=nong%20nghiep')).body)).toEqual(
      idsOf('nq10', 'nq16'),
    )
    expect(found((await search('validity=het')).body)).toEqual(idsOf('ct05', 'nq10'))
    expect(found((await search('hieu-luc=con')).body)).toEqual(idsOf('nq15', 'nq16', 'gone'))
    const replaced = await search('q=nong%20nghiep%20sach')
    expect(replaced.body.hits[0].validity).toBe('thay-the')
  })

  it('lists the latest issued first without a query, paged with exact totals', async () => {
    const first = await search('limit=2')
    expect(first.body).toMatchObject({ total: 5, totalPages: 3, page: 1 })
    expect(first.body.hits.map((h: { code: string }) => h.code)).toEqual(['16-NQ/TU', '15-NQ/TU'])
    const last = await search('limit=2&page=3')
    expect(last.body.hits.map((h: { code: string }) => h.code)).toEqual(['10-NQ/TU'])
  })

  it('searches per site; subsites=1 adds the communes', async () => {
    expect(found((await search('q=chuyen%20doi%20so')).body)).toEqual(idsOf('nq15'))
    expect(found((await search('q=chuyen%20doi%20so', onCommune)).body)).toEqual(idsOf('commune'))
    const all = await search('q=chuyen%20doi%20so&subsites=1')
    expect(found(all.body)).toEqual(idsOf('nq15', 'commune'))
    const commune = all.body.hits.find((h: { id: number }) => h.id === ids.commune)
    expect(commune.url).toBe(`/don-vi/xa-an-hoa/van-ban/${commune.slug}`)
  })

  it('refuses bad parameters with 400 and a Vietnamese message; articles stay the default', async () => {
    for (const query of ['type=nghi-dinh', 'year=26', 'validity=maybe', 'page=0']) {
      const res = await search(query)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message, query).toMatch(/không hợp lệ|chỉ nhận|phải là/)
    }
    expect((await rest(payload, 'GET', '/api/search?kind=videos')).status).toBe(400)
    const articles = await rest(payload, 'GET', '/api/search?q=15-NQ%2FTU')
    expect(articles.status).toBe(200)
    expect(articles.body.total).toBe(0)
  })

  it('unpublishing or deleting a document removes it; reindex rebuilds the same set', async () => {
    await transition(ids.gone, 'unpublished')
    await waitForSyncDrained(payload)
    expect((await search('q=hoi%20thao')).body.total).toBe(0)
    await payload.delete({ collection: 'documents', id: ids.nq16, overrideAccess: true })
    await waitForSyncDrained(payload)
    expect(
      (await search('q=nong%20nghiep')).body.hits.map((h: { code: string; validity: string }) => [
        h.code,
        h.validity,
      ]),
    ).toEqual([['10-NQ/TU', 'con']])
    const report = await reindexCollection(payload, documentIndex)
    expect(report).toMatchObject({ indexed: 4, removed: 0 })
    expect(found((await search('limit=50')).body)).toEqual(idsOf('nq15', 'ct05', 'nq10'))
  })
})
