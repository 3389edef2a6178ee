import { XMLParser } from 'fast-xml-parser'
import jsQR from 'jsqr'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DocumentFilters } from '../src/documents/documentFilters'
import { makeDemoPdf } from '../src/seed/demoPdf'
import { upload } from './helpers/api'
import { createDocument, moveDocument } from './helpers/documents'
import { createAccounts, createCategory, createDraft, moveTo } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

// Page data reaches Payload through '@payload-config' (reads DATABASE_URL when first imported):
// import it only once this file's database exists.
let dq: typeof import('../src/site/documentQueries')
let getSite: typeof import('../src/site/getSite').getSite
let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
const ids: Record<string, number> = {}
const SITE = 'h-trang-chinh'

const day = (iso: string) => `${iso}T00:00:00+07:00`

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload({ SERVER_URL: 'https://vinhan.example.vn' }))
  dq = await import('../src/site/documentQueries')
  getSite = (await import('../src/site/getSite')).getSite
  users = await createAccounts(payload)
  const pdf = await makeDemoPdf([['Nghị quyết 05-NQ/TU']])
  const file = await upload(
    payload,
    '/api/document-files',
    {
      name: 'nq-05.pdf',
      type: 'application/pdf',
      data: new Uint8Array(pdf) as Uint8Array<ArrayBuffer>,
    },
    { title: 'Toàn văn Nghị quyết 05' },
    { token: users.editor.token },
  )
  const make = async (key: string, data: Record<string, unknown>, publish = true) => {
    const doc = await createDocument(payload, users.editor, data)
    if (publish) await moveDocument(payload, doc.id, users.admin, ['in_review', 'published'])
    ids[key] = doc.id
  }
  await make('old', {
    code: '01-NQ/TU',
    title: 'Nghị quyết về chuyển đổi số giai đoạn trước',
    issuedAt: day('2021-03-01'),
    field: 'Chuyển đổi số',
  })
  await make('new', {
    code: '05-NQ/TU',
    title: 'Nghị quyết về chuyển đổi số đến năm 2030',
    issuedAt: day('2025-05-10'),
    effectiveAt: day('2025-05-10'),
    field: 'Chuyển đổi số',
    signer: 'Nguyễn Văn An',
    replaces: [ids.old],
    files: [file.body.doc.id],
  })
  await make('expired', {
    code: '12-KH/TU',
    title: 'Kế hoạch tổ chức đại hội chi bộ',
    issuedAt: day('2024-01-15'),
    expiresAt: day('2024-12-31'),
    field: 'Xây dựng Đảng',
  })
  await make('directive', {
    code: '07-CT/TU',
    title: 'Chỉ thị về công tác dân vận',
    issuedAt: day('2025-08-01'),
    field: 'Dân vận',
  })
  await make('state', {
    code: '42/2022/NĐ-CP',
    title: 'Nghị định về cung cấp thông tin trên cổng thông tin điện tử',
    issuedAt: day('2022-06-24'),
    field: 'Thông tin',
  })
  await make(
    'draft',
    { code: '99-NQ/TU', title: 'Dự thảo chưa duyệt', issuedAt: day('2025-09-01') },
    false,
  )
  const secret = await createDocument(payload, users.editor, {
    code: '98-NQ/TU',
    title: 'Văn bản mật không bao giờ công khai',
    issuedAt: day('2025-09-02'),
    secrecy: 'mat',
  })
  await moveDocument(payload, secret.id, users.admin, ['in_review'])
  ids.secret = secret.id
}, 120_000)
afterAll(() => stop())

const codes = async (filters: Partial<DocumentFilters>) => {
  const site = (await getSite(SITE))!
  const page = await dq.getDocumentPage(site, { trang: 1, ...filters })
  return page.docs.map((d) => d.code)
}

describe('/van-ban data: published public documents only, filtered', () => {
  it('lists every published public document, newest issued first; never a draft or a secret one', async () => {
    expect(await codes({})).toEqual([
      '07-CT/TU',
      '05-NQ/TU',
      '12-KH/TU',
      '42/2022/NĐ-CP',
      '01-NQ/TU',
    ])
  })
  it.each([
    ['loai', { loai: 'nghi-quyet' as const }, ['05-NQ/TU', '01-NQ/TU']],
    ['co-quan', { coQuan: 'Chính phủ' }, ['42/2022/NĐ-CP']],
    ['nam', { nam: 2025 }, ['07-CT/TU', '05-NQ/TU']],
    ['linh-vuc', { linhVuc: 'Chuyển đổi số' }, ['05-NQ/TU', '01-NQ/TU']],
    ['hieu-luc=con', { hieuLuc: 'con' as const }, ['07-CT/TU', '05-NQ/TU', '42/2022/NĐ-CP']],
    ['hieu-luc=het (expired or replaced)', { hieuLuc: 'het' as const }, ['12-KH/TU', '01-NQ/TU']],
    ['q by code', { q: '05-NQ' }, ['05-NQ/TU']],
    ['q by title words', { q: 'chuyển đổi 2030' }, ['05-NQ/TU']],
    ['q never finds a draft', { q: 'Dự thảo' }, []],
  ])('%s', async (_name, filters, expected) => {
    expect(await codes(filters)).toEqual(expected)
  })
  it('pages by 20', async () => {
    const site = (await getSite(SITE))!
    const page = await dq.getDocumentPage(site, { trang: 2 })
    expect(page.docs).toEqual([])
    expect(page.totalDocs).toBe(5)
  })
  it('facets list the issuers, fields and years of public documents only', async () => {
    const facets = await dq.getDocumentFacets((await getSite(SITE))!)
    expect(facets.years).toEqual([2025, 2024, 2022, 2021])
    expect(facets.issuers).toEqual(['Chính phủ', 'Tỉnh ủy'])
    expect(facets.fields).toEqual(['Chuyển đổi số', 'Dân vận', 'Thông tin', 'Xây dựng Đảng'])
  })
})

describe('/van-ban/{slug} data', () => {
  it('a document with its files (size, downloads), what it replaces, and what replaces the old one', async () => {
    const site = (await getSite(SITE))!
    const doc = (await dq.getDocumentBySlug(site, '05-nq-tu'))!
    expect(doc).toMatchObject({
      code: '05-NQ/TU',
      signer: 'Nguyễn Văn An',
      issuer: 'Tỉnh ủy',
      type: 'nghi-quyet',
    })
    expect(doc.files).toHaveLength(1)
    expect(doc.files[0]).toMatchObject({
      title: 'Toàn văn Nghị quyết 05',
      mimeType: 'application/pdf',
      downloads: 0,
    })
    expect(doc.files[0].filesize).toBeGreaterThan(500)
    expect(doc.replaces.map((d) => d.code)).toEqual(['01-NQ/TU'])
    const old = (await dq.getDocumentBySlug(site, '01-nq-tu'))!
    expect(old.replacedBy.map((d) => d.code)).toEqual(['05-NQ/TU'])
    const { computeValidity } = await import('../src/documents/computeValidity')
    expect(computeValidity(old, old.replacedBy).label).toBe('Bị thay thế bởi 05-NQ/TU')
  })
  it('a draft or a secret document is not found', async () => {
    const site = (await getSite(SITE))!
    expect(await dq.getDocumentBySlug(site, '99-nq-tu')).toBeNull()
    expect(await dq.getDocumentBySlug(site, '98-nq-tu')).toBeNull()
  })
})

describe('RSS and sitemap', () => {
  const params = (extra: Record<string, string> = {}) => ({
    params: Promise.resolve({ site: SITE, ...extra }),
  })
  it('/van-ban/rss.xml is RSS 2.0 of the published public documents, newest first', async () => {
    const { GET } = await import('../src/app/(frontend)/[site]/van-ban/rss.xml/route')
    const res = await GET(new Request('https://vinhan.example.vn/van-ban/rss.xml'), params())
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const rss = new XMLParser({ ignoreAttributes: false }).parse(await res.text())
    expect(rss.rss['@_version']).toBe('2.0')
    const items = rss.rss.channel.item
    expect(items.map((i: { title: string }) => i.title.split(':')[0]).sort()).toEqual(
      ['01-NQ/TU', '05-NQ/TU', '07-CT/TU', '12-KH/TU', '42/2022/NĐ-CP'].sort(),
    )
    const nq = items.find((i: { title: string }) => i.title.startsWith('05-NQ/TU'))
    expect(nq.link).toBe('https://vinhan.example.vn/van-ban/05-nq-tu')
    expect(nq.category).toBe('Nghị quyết')
  })
  it('the sitemap lists /van-ban and every public document, no draft', async () => {
    const { GET } = await import('../src/app/(frontend)/[site]/sitemap.xml/route')
    const xml = await (
      await GET(new Request('https://vinhan.example.vn/sitemap.xml'), params())
    ).text()
    expect(xml).toContain('<loc>https://vinhan.example.vn/van-ban</loc>')
    expect(xml).toContain('<loc>https://vinhan.example.vn/van-ban/05-nq-tu</loc>')
    expect(xml.match(/\/van-ban\//g)).toHaveLength(5)
    expect(xml).not.toContain('99-nq-tu')
    expect(xml).not.toContain('98-nq-tu')
  })
})

/** Rasterises an SVG with sharp and reads it with jsQR. */
async function decodeQr(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(400, 400)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

describe('QR codes decode to the canonical URL', () => {
  it('/van-ban/{slug}/qr.svg', async () => {
    const { GET } = await import('../src/app/(frontend)/[site]/van-ban/[slug]/qr.svg/route')
    const res = await GET(new Request('https://x/'), {
      params: Promise.resolve({ site: SITE, slug: '05-nq-tu' }),
    })
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(await decodeQr(await res.text())).toBe('https://vinhan.example.vn/van-ban/05-nq-tu')
  })
  it('/tin-tuc/{slug}/qr.svg', async () => {
    const category = await createCategory(payload)
    const article = await createDraft(
      payload,
      users.reporter,
      category.id,
      'Hội nghị không giấy tờ',
    )
    await moveTo(payload, article.id, users.admin, ['in_review', 'published'])
    const { GET } = await import('../src/app/(frontend)/[site]/tin-tuc/[slug]/qr.svg/route')
    const res = await GET(new Request('https://x/'), {
      params: Promise.resolve({ site: SITE, slug: 'hoi-nghi-khong-giay-to' }),
    })
    expect(await decodeQr(await res.text())).toBe(
      'https://vinhan.example.vn/tin-tuc/hoi-nghi-khong-giay-to',
    )
  })
  it('no QR code for a secret document', async () => {
    const { GET } = await import('../src/app/(frontend)/[site]/van-ban/[slug]/qr.svg/route')
    await expect(
      GET(new Request('https://x/'), { params: Promise.resolve({ site: SITE, slug: '98-nq-tu' }) }),
    ).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/)
  })
})
