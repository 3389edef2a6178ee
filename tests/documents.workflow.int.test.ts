import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { graphql, rest } from './helpers/api'
import { createDocument, moveDocument, publicSeesDocument } from './helpers/documents'
import { createAccounts } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>

const token = (role: Role) => users[role].token
const SECRET = /độ mật "Mật"/
const INTERNAL = /Nội bộ/

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
})
afterAll(() => stop())

const runScheduled = () =>
  payload.jobs.run({ allQueues: true, where: { taskSlug: { equals: 'publishScheduledArticle' } } })

/** A reporter's document brought to `path` by the admin through the workflow. */
async function documentAt(path: string[], data: Record<string, unknown> = {}) {
  const doc = await createDocument(payload, users.reporter, data)
  await moveDocument(payload, doc.id, users.admin, path)
  return doc
}
const live = (id: number) =>
  payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })

describe('create and the code', () => {
  it.each([
    ['admin', 201],
    ['editor-in-chief', 201],
    ['editor', 201],
    ['reporter', 201],
    ['moderator', 403],
  ] as const)('%s → %i', async (role, status) => {
    const res = await rest(payload, 'POST', '/api/documents', {
      token: token(role),
      body: { code: '7-KH/TU', title: `Kế hoạch do ${role} nhập`, issuedAt: '2026-02-01' },
    })
    expect(res.status).toBe(status)
    if (status === 201)
      expect(res.body.doc).toMatchObject({ workflowState: 'draft', _status: 'draft' })
  })

  it('the public may not create', async () => {
    const res = await rest(payload, 'POST', '/api/documents', {
      body: { code: '8-KH/TU', title: 'Kế hoạch', issuedAt: '2026-02-01' },
    })
    expect(res.status).toBe(403)
  })

  it('a typed code is stored canonical, with type, issuer and slug suggested from it', async () => {
    const res = await rest(payload, 'POST', '/api/documents', {
      token: token('editor'),
      body: { code: ' 15 - nq / tu ', title: 'Về phát triển kinh tế số', issuedAt: '2026-02-01' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({
      code: '15-NQ/TU',
      type: 'nghi-quyet',
      issuer: 'Tỉnh ủy',
      slug: '15-nq-tu',
      codeParts: { readable: true, number: 15, typeAbbr: 'NQ', issuerAbbr: 'TU', problem: '' },
    })
    const again = await rest(payload, 'POST', '/api/documents', {
      token: token('editor'),
      body: { code: '15-NQ/TU', title: 'Cùng số, nhiệm kỳ khác', issuedAt: '2021-02-01' },
    })
    expect(again.body.doc.slug).toBe('15-nq-tu-2')
  })

  it('a type or issuer the editor chose is kept', async () => {
    const res = await rest(payload, 'POST', '/api/documents', {
      token: token('editor'),
      body: {
        code: '42/2022/NĐ-CP',
        type: 'khac',
        issuer: 'Chính phủ nước CHXHCN Việt Nam',
        title: 'Nghị định về cung cấp thông tin trên cổng thông tin điện tử',
        issuedAt: '2022-06-24',
      },
    })
    expect(res.body.doc).toMatchObject({
      code: '42/2022/NĐ-CP',
      type: 'khac',
      issuer: 'Chính phủ nước CHXHCN Việt Nam',
      codeParts: { readable: true, year: 2022, typeAbbr: 'NĐ', issuerAbbr: 'CP' },
    })
  })

  it('an unknown shape is kept and flagged for the editor', async () => {
    const res = await rest(payload, 'POST', '/api/documents', {
      token: token('editor'),
      body: { code: 'Số bảy không ký hiệu', title: 'Văn bản cũ', issuedAt: '2001-02-01' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.code).toBe('Số bảy không ký hiệu')
    expect(res.body.doc.codeParts.readable).toBe(false)
    expect(res.body.doc.codeParts.problem).toMatch(/không đúng mẫu/)
    expect(res.body.doc.type ?? null).toBeNull()
  })
})

describe('the article workflow, for documents', () => {
  it('reporter submits, the chief publishes, history records both, the public sees it', async () => {
    const doc = await createDocument(payload, users.reporter)
    const submit = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('reporter'),
      body: { to: 'in_review' },
    })
    expect(submit.status).toBe(200)
    expect(submit.body.state).toBe('in_review')
    const editorTry = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('editor'),
      body: { to: 'published' },
    })
    expect(editorTry.status).toBe(403)
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
    const publish = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published', note: 'Đồng ý đăng' },
    })
    expect(publish.status).toBe(200)
    expect(publish.body).toMatchObject({ state: 'published', scheduled: false })
    expect(await publicSeesDocument(payload, doc.id)).toBe(true)

    const history = await rest(payload, 'GET', `/api/documents/${doc.id}/history`, {
      token: token('editor'),
    })
    expect(history.status).toBe(200)
    expect(history.body.docs).toMatchObject([
      { from: 'draft', to: 'in_review', by: { id: users.reporter.id }, note: '' },
      {
        from: 'in_review',
        to: 'published',
        by: { id: users['editor-in-chief'].id },
        note: 'Đồng ý đăng',
      },
    ])
    expect((await rest(payload, 'GET', `/api/documents/${doc.id}/history`)).status).toBe(403)
  })

  it('returning needs a note; a reporter submits only their own; moderators cannot move it', async () => {
    const doc = await documentAt(['in_review'])
    const noNote = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('editor'),
      body: { to: 'draft' },
    })
    expect(noNote.status).toBe(400)
    const other = await createDocument(payload, users.reporter)
    const notMine = await rest(payload, 'POST', `/api/documents/${other.id}/transition`, {
      token: users.reporter2.token,
      body: { to: 'in_review' },
    })
    expect(notMine.status).toBe(403)
    expect(notMine.body.errors[0].message).toBe('Bạn chỉ được gửi duyệt văn bản của chính mình.')
    const mod = await rest(payload, 'POST', `/api/documents/${other.id}/transition`, {
      token: token('moderator'),
      body: { to: 'in_review' },
    })
    expect(mod.status).toBe(403)
    const missing = await rest(payload, 'POST', '/api/documents/999999/transition', {
      token: token('admin'),
      body: { to: 'in_review' },
    })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('Không tìm thấy văn bản.')
  })

  it('a reporter reads only their own drafts; the public reads none', async () => {
    const doc = await createDocument(payload, users.reporter)
    const own = await rest(payload, 'GET', `/api/documents/${doc.id}?draft=true`, {
      token: token('reporter'),
    })
    expect(own.status).toBe(200)
    const other = await rest(payload, 'GET', `/api/documents/${doc.id}?draft=true`, {
      token: users.reporter2.token,
    })
    expect(other.status).toBe(404)
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
  })
})

describe('secret and internal documents are never published', () => {
  it.each([
    ['secrecy mat', { secrecy: 'mat' }, SECRET],
    ['secrecy toi-mat', { secrecy: 'toi-mat' }, /Tối mật/],
    ['secrecy tuyet-mat', { secrecy: 'tuyet-mat' }, /Tuyệt mật/],
    ['scope internal', { scope: 'internal' }, INTERNAL],
  ])('transition endpoint: %s → 400 with the reason', async (_name, data, message) => {
    const doc = await documentAt(['in_review'], data)
    const res = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
    expect((await live(doc.id)).workflowState).toBe('in_review')
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
  })

  it('a scheduled publication of a secret document is refused too', async () => {
    const doc = await documentAt(['in_review'], { secrecy: 'mat' })
    const res = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('admin'),
      body: { to: 'published', publishedAt: new Date(Date.now() + 60_000).toISOString() },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(SECRET)
  })

  it('REST update with _status published → 400, even for the chief', async () => {
    const doc = await documentAt(['in_review'], { secrecy: 'mat' })
    for (const role of ['editor-in-chief', 'admin'] as const) {
      const res = await rest(payload, 'PATCH', `/api/documents/${doc.id}`, {
        token: token(role),
        body: { _status: 'published' },
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(SECRET)
    }
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
  })

  it('REST: making a live document secret or internal in place → 400; it stays as it was', async () => {
    const doc = await documentAt(['in_review', 'published'])
    for (const body of [
      { secrecy: 'mat' },
      { scope: 'internal' },
      { secrecy: 'mat', _status: 'published' },
    ]) {
      const res = await rest(payload, 'PATCH', `/api/documents/${doc.id}`, {
        token: token('editor-in-chief'),
        body,
      })
      expect(res.status).toBe(400)
    }
    expect(await live(doc.id)).toMatchObject({
      secrecy: 'thuong',
      scope: 'public',
      _status: 'published',
    })
    expect(await publicSeesDocument(payload, doc.id)).toBe(true)
  })

  it('GraphQL update with _status published → refused with the reason', async () => {
    const doc = await documentAt(['in_review'], { scope: 'internal' })
    const res = await graphql(
      payload,
      `mutation { updateDocument(id: ${doc.id}, data: { _status: published }) { id _status } }`,
      { token: token('editor-in-chief') },
    )
    expect(res.body.data?.updateDocument ?? null).toBeNull()
    expect(res.body.errors[0].message).toMatch(INTERNAL)
    expect(res.body.errors[0].extensions?.statusCode).toBe(400)
    const secret = await documentAt(['in_review', 'published'])
    const toSecret = await graphql(
      payload,
      `mutation { updateDocument(id: ${secret.id}, data: { secrecy: mat }) { id secrecy } }`,
      { token: token('admin') },
    )
    expect(toSecret.body.errors[0].message).toMatch(SECRET)
    expect((await live(secret.id)).secrecy).toBe('thuong')
  })

  it('Local API with a user, and without one (server code), refuses it', async () => {
    const doc = await documentAt(['in_review'], { secrecy: 'tuyet-mat' })
    await expect(
      payload.update({
        collection: 'documents',
        id: doc.id,
        data: { _status: 'published' },
        user: { id: users.admin.id, roles: ['admin'], collection: 'users' } as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Tuyệt mật/)
    await expect(
      payload.update({ collection: 'documents', id: doc.id, data: { _status: 'published' } }),
    ).rejects.toThrow(/Tuyệt mật/)
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
  })

  it('bulk edit: publishing secret documents or making live ones secret publishes nothing', async () => {
    const a = await documentAt(['in_review'], { secrecy: 'mat' })
    const b = await documentAt(['in_review'], { scope: 'internal' })
    const publish = await rest(payload, 'PATCH', `/api/documents?where[id][in]=${a.id},${b.id}`, {
      token: token('editor-in-chief'),
      body: { _status: 'published' },
    })
    expect(publish.body.docs ?? []).toEqual([])
    expect(publish.body.errors.length).toBe(2)
    expect(await publicSeesDocument(payload, a.id)).toBe(false)
    expect(await publicSeesDocument(payload, b.id)).toBe(false)

    const c = await documentAt(['in_review', 'published'])
    const d = await documentAt(['in_review', 'published'])
    const secret = await rest(payload, 'PATCH', `/api/documents?where[id][in]=${c.id},${d.id}`, {
      token: token('admin'),
      body: { secrecy: 'toi-mat' },
    })
    expect(secret.body.docs ?? []).toEqual([])
    expect(secret.body.errors.length).toBe(2)
    expect((await live(c.id)).secrecy).toBe('thuong')
    expect((await live(d.id)).secrecy).toBe('thuong')
  })

  it('version restore never makes a secret document public', async () => {
    // Live and ordinary; then a draft marks it secret.
    const doc = await documentAt(['in_review', 'published'])
    const draft = await rest(payload, 'PATCH', `/api/documents/${doc.id}?draft=true`, {
      token: token('editor-in-chief'),
      body: { secrecy: 'mat', title: 'Bản sửa: đã xác định là văn bản mật' },
    })
    expect(draft.status).toBe(200)
    expect(await publicSeesDocument(payload, doc.id)).toBe(true)
    // Publishing that draft is refused …
    const publishDraft = await rest(payload, 'PATCH', `/api/documents/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { secrecy: 'mat', _status: 'published' },
    })
    expect(publishDraft.status).toBe(400)
    // … and so is restoring it as published.
    const { docs } = await payload.findVersions({
      collection: 'documents',
      where: { and: [{ parent: { equals: doc.id } }, { 'version.secrecy': { equals: 'mat' } }] },
      sort: '-updatedAt',
    })
    expect(docs.length).toBe(1)
    const restore = await rest(payload, 'POST', `/api/documents/versions/${docs[0].id}`, {
      token: token('editor-in-chief'),
    })
    // Restoring a draft version takes the document off the site: secret, never public.
    expect(restore.status).toBe(200)
    expect(await live(doc.id)).toMatchObject({ _status: 'draft', secrecy: 'mat' })
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
    // The ordinary published version cannot be restored onto it as live either (not live now).
    const published = await payload.findVersions({
      collection: 'documents',
      where: {
        and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
      },
    })
    const republish = await rest(
      payload,
      'POST',
      `/api/documents/versions/${published.docs[0].id}`,
      { token: token('editor-in-chief') },
    )
    expect(republish.status).toBe(403)
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
  })

  it('the scheduled job does not publish a document made secret after its approval', async () => {
    const doc = await documentAt(['in_review'])
    const at = new Date(Date.now() + 1200)
    const approve = await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published', publishedAt: at.toISOString() },
    })
    expect(approve.body).toMatchObject({ state: 'published', scheduled: true })
    const secret = await rest(payload, 'PATCH', `/api/documents/${doc.id}`, {
      token: token('editor-in-chief'),
      body: { secrecy: 'mat' },
    })
    expect(secret.status).toBe(200)
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 200))
    await runScheduled()
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
    const after = await live(doc.id)
    expect(after).toMatchObject({ _status: 'draft', workflowState: 'draft', secrecy: 'mat' })
    const history = await rest(payload, 'GET', `/api/documents/${doc.id}/history`, {
      token: token('admin'),
    })
    expect(history.body.docs.at(-1)).toMatchObject({
      from: 'published',
      to: 'draft',
      note: expect.stringMatching(SECRET),
    })
  })

  it('the scheduled job publishes an ordinary document at its time', async () => {
    const doc = await documentAt(['in_review'])
    const at = new Date(Date.now() + 1000)
    await rest(payload, 'POST', `/api/documents/${doc.id}/transition`, {
      token: token('editor-in-chief'),
      body: { to: 'published', publishedAt: at.toISOString() },
    })
    expect(await publicSeesDocument(payload, doc.id)).toBe(false)
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 200))
    await runScheduled()
    expect(await publicSeesDocument(payload, doc.id)).toBe(true)
  })
})
