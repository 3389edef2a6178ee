import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDemoPdf } from '../src/seed/demoPdf'
import { rest, upload } from './helpers/api'
import { createDocument, moveDocument } from './helpers/documents'
import { createAccounts } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let pdf: Uint8Array<ArrayBuffer>

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures/van-ban', name)))
const HTML = new TextEncoder().encode(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
)
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
)

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  pdf = new Uint8Array(
    await makeDemoPdf(
      [
        ['Tỉnh ủy Vĩnh An', 'Nghị quyết số 15-NQ/TU về chuyển đổi số'],
        ['Trang hai', 'Phát triển kinh tế số đến năm 2030'],
      ],
      'Nghị quyết 15-NQ/TU',
    ),
  )
})
afterAll(() => stop())

const put = (name: string, type: string, data: Uint8Array, token = users.editor.token) =>
  upload(
    payload,
    '/api/document-files',
    { name, type, data: new Uint8Array(data) as Uint8Array<ArrayBuffer> },
    { title: name },
    { token },
  )

describe('uploads are checked by content', () => {
  it.each([
    ['nghi-quyet.pdf', 'application/pdf', () => pdf, 'application/pdf'],
    ['mau.doc', 'application/msword', () => fixture('mau.doc'), 'application/msword'],
    [
      'mau.docx',
      'application/octet-stream',
      () => fixture('mau.docx'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'mau.odt',
      'application/octet-stream',
      () => fixture('mau.odt'),
      'application/vnd.oasis.opendocument.text',
    ],
    [
      'mau.xlsx',
      'application/octet-stream',
      () => fixture('mau.xlsx'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  ])('%s (sent as %s) is accepted', async (name, type, data, mime) => {
    const res = await put(name, type, data())
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe(mime)
  })

  it.each([
    ['an HTML page renamed .pdf', 'trang.pdf', 'application/pdf', () => HTML, /Chỉ nhận tệp PDF/],
    ['an HTML page', 'trang.html', 'text/html', () => HTML, /Chỉ nhận tệp PDF/],
    ['an SVG renamed .pdf', 'hinh.pdf', 'application/pdf', () => SVG, /Chỉ nhận tệp PDF/],
    ['an SVG', 'hinh.svg', 'image/svg+xml', () => SVG, /Chỉ nhận tệp PDF/],
    [
      'a plain zip renamed .docx',
      'nen.docx',
      'application/octet-stream',
      () => fixture('nen.zip'),
      /Chỉ nhận tệp PDF/,
    ],
    [
      'an Excel 97 workbook renamed .doc',
      'bang.doc',
      'application/msword',
      () => fixture('bang-tinh.xls'),
      /Chỉ nhận tệp PDF/,
    ],
    ['a PDF named .docx', 'lua.docx', 'application/pdf', () => pdf, /nội dung là tệp PDF/],
    ['an empty file', 'rong.pdf', 'application/pdf', () => new Uint8Array(), /rỗng|PDF/],
  ])('%s → 400 in Vietnamese', async (_what, name, type, data, message) => {
    const before = await payload.count({ collection: 'document-files' })
    const res = await put(name, type, data())
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
    expect((await payload.count({ collection: 'document-files' })).totalDocs).toBe(before.totalDocs)
  })

  it('a file over the size limit → 400', async () => {
    process.env.DOCUMENT_FILE_MAX_MB = '0.001'
    try {
      const res = await put('lon.pdf', 'application/pdf', pdf)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe('Tệp quá lớn: tối đa 0 MB.')
    } finally {
      delete process.env.DOCUMENT_FILE_MAX_MB
    }
  })

  it('moderators and the public cannot upload', async () => {
    expect((await put('a.pdf', 'application/pdf', pdf, users.moderator.token)).status).toBe(403)
    const anon = await upload(
      payload,
      '/api/document-files',
      { name: 'a.pdf', type: 'application/pdf', data: pdf },
      {},
    )
    expect(anon.status).toBe(403)
  })
})

describe('PDF text for search', () => {
  it('a job reads the text and the page count of an uploaded PDF', async () => {
    const res = await put('chuyen-doi-so.pdf', 'application/pdf', pdf)
    const id = res.body.doc.id
    expect(res.body.doc.text ?? null).toBeNull()
    await payload.jobs.run({ where: { taskSlug: { equals: 'extractDocumentFileText' } } })
    const file = await payload.findByID({ collection: 'document-files', id, overrideAccess: true })
    expect(file.pageCount).toBe(2)
    expect(file.text).toContain('Nghi quyet so 15-NQ/TU ve chuyen doi so')
    expect(file.text).toContain('Phat trien kinh te so den nam 2030')
  })
})

describe('files of non-public documents are never served to the public', () => {
  const fileUrl = (filename: string) => `/api/document-files/file/${encodeURIComponent(filename)}`
  const downloads = async (id: number) =>
    (
      await payload.find({
        collection: 'document-downloads',
        where: { file: { equals: id } },
        overrideAccess: true,
      })
    ).docs[0]?.downloads ?? 0

  it('unpublished → 404 to the public, 200 to staff; published → 200; unpublished again → 404', async () => {
    const up = await put('ke-hoach.pdf', 'application/pdf', pdf)
    const { id, filename } = up.body.doc
    const doc = await createDocument(payload, users.editor, { files: [id] })
    expect((await rest(payload, 'GET', fileUrl(filename))).status).toBe(404)
    expect((await rest(payload, 'GET', `/api/document-files/${id}/download`)).status).toBe(404)
    expect((await rest(payload, 'GET', `/api/document-files/${id}`)).status).toBe(404)
    const staff = await rest(payload, 'GET', fileUrl(filename), { token: users.reporter.token })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('content-type')).toBe('application/pdf')

    await moveDocument(payload, doc.id, users.admin, ['in_review', 'published'])
    const open = await rest(payload, 'GET', fileUrl(filename))
    expect(open.status).toBe(200)
    expect(open.headers.get('content-type')).toBe('application/pdf')
    expect((await rest(payload, 'GET', `/api/document-files/${id}`)).status).toBe(200)

    await moveDocument(payload, doc.id, users.admin, ['unpublished'])
    expect((await rest(payload, 'GET', fileUrl(filename))).status).toBe(404)
  })

  it.each([
    ['secret', { secrecy: 'mat' as const }],
    ['internal', { scope: 'internal' as const }],
  ])('the file of a %s document stays 404 to the public', async (_what, data) => {
    const up = await put('mat.pdf', 'application/pdf', pdf)
    const doc = await createDocument(payload, users.editor, { files: [up.body.doc.id], ...data })
    await moveDocument(payload, doc.id, users.admin, ['in_review'])
    const publish = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: users.admin.token,
      body: { to: 'published' },
    })
    expect(publish.status).toBe(400)
    expect((await rest(payload, 'GET', fileUrl(up.body.doc.filename))).status).toBe(404)
    const list = await rest(
      payload,
      'GET',
      `/api/document-files?where[id][equals]=${up.body.doc.id}`,
    )
    expect(list.body.totalDocs).toBe(0)
    expect(
      (await rest(payload, 'GET', fileUrl(up.body.doc.filename), { token: users.editor.token }))
        .status,
    ).toBe(200)
  })

  it('a public file shared with a later secret draft stays public only through the live version', async () => {
    const up = await put('chung.pdf', 'application/pdf', pdf)
    const doc = await createDocument(payload, users.editor, { files: [up.body.doc.id] })
    await moveDocument(payload, doc.id, users.admin, ['in_review', 'published'])
    expect((await rest(payload, 'GET', fileUrl(up.body.doc.filename))).status).toBe(200)
    // A draft that marks it secret does not change what is live …
    await rest(payload, 'PATCH', `/api/documents/${doc.id}?draft=true`, {
      token: users['editor-in-chief'].token,
      body: { secrecy: 'mat' },
    })
    expect((await rest(payload, 'GET', fileUrl(up.body.doc.filename))).status).toBe(200)
    // … taking the document down does.
    await moveDocument(payload, doc.id, users.admin, ['unpublished'])
    expect((await rest(payload, 'GET', fileUrl(up.body.doc.filename))).status).toBe(404)
  })

  it('downloads are counted per file, only when served, in their own table', async () => {
    const up = await put('tai-ve.pdf', 'application/pdf', pdf)
    const id = up.body.doc.id
    const doc = await createDocument(payload, users.editor, { files: [id] })
    expect((await rest(payload, 'GET', `/api/document-files/${id}/download`)).status).toBe(404)
    expect(await downloads(id)).toBe(0)
    await moveDocument(payload, doc.id, users.admin, ['in_review', 'published'])
    for (let i = 0; i < 3; i++) {
      const res = await rest(payload, 'GET', `/api/document-files/${id}/download`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename*=UTF-8''${up.body.doc.filename}`,
      )
    }
    expect(await downloads(id)).toBe(3)
    // The versioned document was not written by a download.
    const versions = await payload.countVersions({
      collection: 'documents',
      where: { parent: { equals: doc.id } },
    })
    await rest(payload, 'GET', `/api/document-files/${id}/download`)
    expect(
      (
        await payload.countVersions({
          collection: 'documents',
          where: { parent: { equals: doc.id } },
        })
      ).totalDocs,
    ).toBe(versions.totalDocs)
    expect((await rest(payload, 'GET', '/api/document-downloads')).status).toBe(403)
    expect(await downloads(id)).toBe(4)
  })
})
