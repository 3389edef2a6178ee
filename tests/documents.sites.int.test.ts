import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDemoPdf } from '../src/seed/demoPdf'
import { graphql, login, rest, upload } from './helpers/api'
import { createDocument, moveDocument } from './helpers/documents'
import { createAccounts, PASSWORD, type Account } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let mainSite: number
let commune: number
/** Staff of the commune only: editor-in-chief and editor there. */
let communeChief: Account
let communeEditor: Account
let draftId: number
let publishedId: number
let draftFile: { id: number; filename: string }

async function siteAccount(role: 'editor-in-chief' | 'editor'): Promise<Account> {
  const email = `${role}.xa-an-hoa@vinhan.example.vn`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      name: `${role} xã An Hòa`,
      roles: [],
      sites: [{ site: commune, roles: [role] }],
    } as never,
  })
  return { id: user.id, email, roles: [], token: await login(payload, email, PASSWORD) }
}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  mainSite = (await payload.find({ collection: 'sites', where: { parent: { exists: false } } }))
    .docs[0].id
  commune = (
    await payload.create({
      collection: 'sites',
      data: { name: 'Đảng ủy xã An Hòa', slug: 'xa-an-hoa', parent: mainSite },
    })
  ).id
  communeChief = await siteAccount('editor-in-chief')
  communeEditor = await siteAccount('editor')
  const pdf = await makeDemoPdf([['Tỉnh ủy Vĩnh An', 'Dự thảo kế hoạch']])
  const up = await upload(
    payload,
    '/api/document-files',
    {
      name: 'du-thao.pdf',
      type: 'application/pdf',
      data: new Uint8Array(pdf) as Uint8Array<ArrayBuffer>,
    },
    { site: mainSite },
    { token: users.editor.token },
  )
  draftFile = up.body.doc
  draftId = (
    await createDocument(payload, users.editor, {
      code: '21-KH/TU',
      title: 'Dự thảo kế hoạch của Tỉnh ủy',
      files: [draftFile.id],
    })
  ).id
  publishedId = (await createDocument(payload, users.editor, { code: '22-KH/TU' })).id
  await moveDocument(payload, publishedId, users.admin, ['in_review', 'published'])
})
afterAll(() => stop())

describe("another site's staff see nothing of a site's unpublished documents", () => {
  it('REST list and by id, drafts included', async () => {
    for (const who of [communeChief, communeEditor]) {
      const list = await rest(payload, 'GET', '/api/documents?draft=true&limit=100&depth=0', {
        token: who.token,
      })
      const ids = list.body.docs.map((d: { id: number }) => d.id)
      expect(ids).not.toContain(draftId)
      expect(ids).toContain(publishedId)
      const one = await rest(payload, 'GET', `/api/documents/${draftId}?draft=true`, {
        token: who.token,
      })
      expect(one.status).toBe(404)
    }
    const own = await rest(payload, 'GET', '/api/documents?draft=true&limit=100&depth=0', {
      token: users.editor.token,
    })
    expect(own.body.docs.map((d: { id: number }) => d.id)).toContain(draftId)
  })

  it('GraphQL', async () => {
    const res = await graphql(
      payload,
      `query { Documents(draft: true, where: { id: { equals: ${draftId} } }) { totalDocs } }`,
      { token: communeChief.token },
    )
    expect(res.body.data.Documents.totalDocs).toBe(0)
  })

  it('versions, history and the workflow', async () => {
    const versions = await rest(
      payload,
      'GET',
      `/api/documents/versions?where[parent][equals]=${draftId}`,
      { token: communeChief.token },
    )
    expect(versions.body.totalDocs).toBe(0)
    const history = await rest(payload, 'GET', `/api/documents/${draftId}/history`, {
      token: communeChief.token,
    })
    expect(history.status).toBe(404)
    const move = await rest(payload, 'POST', `/api/documents/${draftId}/transition`, {
      token: communeChief.token,
      body: { to: 'in_review' },
    })
    expect(move.status).toBe(403)
    const edit = await rest(payload, 'PATCH', `/api/documents/${draftId}`, {
      token: communeChief.token,
      body: { title: 'Sửa trộm' },
    })
    // Payload answers an update outside the caller's access with 403, as for articles.
    expect(edit.status).toBe(403)
    const after = await payload.findByID({ collection: 'documents', id: draftId, draft: true })
    expect(after.title).toBe('Dự thảo kế hoạch của Tỉnh ủy')
  })

  it('their files: 404 on the direct URL and the download route', async () => {
    const direct = await rest(payload, 'GET', `/api/document-files/file/${draftFile.filename}`, {
      token: communeChief.token,
    })
    expect(direct.status).toBe(404)
    const download = await rest(payload, 'GET', `/api/document-files/${draftFile.id}/download`, {
      token: communeEditor.token,
    })
    expect(download.status).toBe(404)
    const staff = await rest(payload, 'GET', `/api/document-files/file/${draftFile.filename}`, {
      token: users.reporter.token,
    })
    expect(staff.status).toBe(200)
  })

  it("writing to another site's documents is refused; one's own site works", async () => {
    const onMain = await rest(payload, 'POST', '/api/documents', {
      token: communeEditor.token,
      body: { code: '1-NQ/ĐU', title: 'Ghi nhầm trang', issuedAt: '2026-01-05', site: mainSite },
    })
    expect(onMain.status).toBe(403)
    const own = await rest(payload, 'POST', '/api/documents', {
      token: communeEditor.token,
      body: {
        code: '1-NQ/ĐU',
        title: 'Nghị quyết của Đảng ủy xã',
        issuedAt: '2026-01-05',
        site: commune,
      },
    })
    expect(own.status).toBe(201)
    expect(own.body.doc).toMatchObject({ issuer: 'Đảng ủy xã An Hòa', slug: '1-nq-du' })
    // The province's editors (global roles) see it; no other commune's staff would.
    const seen = await rest(payload, 'GET', `/api/documents/${own.body.doc.id}?draft=true`, {
      token: users.editor.token,
    })
    expect(seen.status).toBe(200)
  })
})
