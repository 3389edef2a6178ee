import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeAuditLog } from '../src/audit/purgeAuditLog'
import { sqlPool } from '../src/lib/sqlPool'
import { graphql, rest } from './helpers/api'
import {
  createAccounts,
  createCategory,
  createDraft,
  moveTo,
  PASSWORD,
  type Account,
} from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let category: number

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
  category = (await createCategory(payload)).id
})
afterAll(() => stop())

/** The entries of `action` about `target`, straight from the table. */
async function entries(action: string, target?: string) {
  const { rows } = await sqlPool(payload).query(
    `SELECT action, user_id, email, target, ip_hash FROM audit_log
      WHERE action = $1 AND ($2::text IS NULL OR target = $2) ORDER BY id`,
    [action, target ?? null],
  )
  return rows
}

const signIn = (email: string, password: string, address = '10.1.1.1') =>
  rest(payload, 'POST', '/api/users/login', {
    body: { email, password },
    headers: { 'x-portal-socket-address': address },
  })

describe('the audit log records', () => {
  it('a sign-in with who and a keyed address hash (never the address), and a sign-out', async () => {
    const before = (await entries('login', `users:${users.editor.id}`)).length
    const res = await signIn(users.editor.email, PASSWORD, '203.0.113.7')
    expect(res.status).toBe(200)
    const logins = await entries('login', `users:${users.editor.id}`)
    expect(logins.length).toBe(before + 1)
    expect(logins.at(-1)).toMatchObject({ user_id: users.editor.id, email: users.editor.email })
    expect(logins.at(-1).ip_hash).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(logins)).not.toContain('203.0.113.7')
    const out = await rest(payload, 'POST', '/api/users/logout', { token: res.body.token })
    expect(out.status).toBe(200)
    expect(await entries('logout', `users:${users.editor.id}`)).toHaveLength(1)
  })

  it('failed sign-ins, and the lockout on the fifth, without the password', async () => {
    const email = users.reporter2.email
    for (let i = 0; i < 5; i++) expect((await signIn(email, 'sai-mat-khau-roi')).status).toBe(401)
    const failed = await entries('login-failed', `users:${users.reporter2.id}`)
    expect(failed).toHaveLength(5)
    expect(failed[0]).toMatchObject({ user_id: users.reporter2.id, email })
    expect(await entries('lockout', `users:${users.reporter2.id}`)).toHaveLength(1)
    // Locked: even the right password is refused, and recorded as a failure.
    expect((await signIn(email, PASSWORD)).status).not.toBe(200)
    expect(await entries('login-failed', `users:${users.reporter2.id}`)).toHaveLength(6)
    expect(JSON.stringify(await entries('login-failed'))).not.toContain('sai-mat-khau-roi')
  })

  it('a failed sign-in of an unknown account, with the name typed', async () => {
    expect((await signIn('khong-co@example.org', 'bat-ky-mat-khau')).status).toBe(401)
    const rows = (await entries('login-failed')).filter((r) => r.email === 'khong-co@example.org')
    expect(rows).toHaveLength(1)
    expect(rows[0].user_id).toBeNull()
  })

  it('a change of roles by an admin, and nothing when only the name changes', async () => {
    const target = `users:${users.reporter.id}`
    const before = (await entries('role-change', target)).length
    const path = `/api/users/${users.reporter.id}`
    const token = users.admin.token
    expect((await rest(payload, 'PATCH', path, { token, body: { name: 'Tên mới' } })).status).toBe(
      200,
    )
    expect(await entries('role-change', target)).toHaveLength(before)
    const promoted = await rest(payload, 'PATCH', path, { token, body: { roles: ['editor'] } })
    expect(promoted.status).toBe(200)
    const rows = await entries('role-change', target)
    expect(rows).toHaveLength(before + 1)
    expect(rows.at(-1).user_id).toBe(users.admin.id)
  })

  it('publish and unpublish of an article, by whom', async () => {
    const draft = await createDraft(payload, users.reporter2 as Account, category)
    await moveTo(payload, draft.id, users['editor-in-chief'], ['in_review', 'published'])
    const target = `articles:${draft.id}`
    expect(await entries('publish', target)).toHaveLength(1)
    expect((await entries('publish', target))[0].user_id).toBe(users['editor-in-chief'].id)
    await moveTo(payload, draft.id, users['editor-in-chief'], ['unpublished'])
    expect(await entries('unpublish', target)).toHaveLength(1)
  })

  it('a correction: its review is no unpublish, its publication is a publish', async () => {
    const draft = await createDraft(payload, users.reporter2 as Account, category)
    await moveTo(payload, draft.id, users['editor-in-chief'], ['in_review', 'published'])
    const target = `articles:${draft.id}`
    const as = (token: string, method: string, path: string, body: object) =>
      rest(payload, method, path, { token, body })
    const editor = users.editor.token
    const saved = await as(editor, 'PATCH', `/api/articles/${draft.id}?draft=true`, {
      title: 'Tiêu đề đã đính chính',
    })
    expect(saved.status).toBe(200)
    const path = `/api/articles/${draft.id}/transition`
    expect((await as(editor, 'POST', path, { to: 'in_review' })).status).toBe(200)
    expect(await entries('unpublish', target)).toHaveLength(0)
    const chief = users['editor-in-chief'].token
    expect((await as(chief, 'POST', path, { to: 'published' })).status).toBe(200)
    expect(await entries('publish', target)).toHaveLength(2)
  })

  it("a moderator's approval and rejection of comments", async () => {
    const draft = await createDraft(payload, users.reporter2 as Account, category)
    await moveTo(payload, draft.id, users['editor-in-chief'], ['in_review', 'published'])
    const ids: number[] = []
    for (const content of ['Ý kiến thứ nhất rất hay', 'Ý kiến thứ hai cần xem lại']) {
      const res = await rest(payload, 'POST', '/api/comments', {
        body: { article: draft.id, authorName: 'Nguyễn Văn A', content, consent: true },
        headers: { 'x-portal-socket-address': `10.2.0.${ids.length + 1}` },
      })
      expect(res.status).toBe(201)
      ids.push(res.body.doc.id)
    }
    const decide = (id: number, body: object) =>
      rest(payload, 'PATCH', `/api/comments/${id}`, { token: users.moderator.token, body })
    expect((await decide(ids[0], { status: 'approved' })).status).toBe(200)
    expect((await decide(ids[1], { status: 'rejected', rejectionReason: 'xuc-pham' })).status).toBe(
      200,
    )
    expect(await entries('comment-approve', `comments:${ids[0]}`)).toHaveLength(1)
    expect(await entries('comment-reject', `comments:${ids[1]}`)).toHaveLength(1)
  })
})

describe('the audit log is read by admins only and never edited', () => {
  it('admins read and filter it; everyone else gets nothing', async () => {
    const mine = await rest(payload, 'GET', '/api/audit-log?where[action][equals]=publish', {
      token: users.admin.token,
    })
    expect(mine.status).toBe(200)
    expect(mine.body.totalDocs).toBe((await entries('publish')).length)
    for (const who of ['editor-in-chief', 'editor', 'moderator'] as const) {
      const res = await rest(payload, 'GET', '/api/audit-log', { token: users[who].token })
      expect({ who, status: res.status }).toEqual({ who, status: 403 })
    }
    expect((await rest(payload, 'GET', '/api/audit-log')).status).toBe(403)
  })

  it('REST, GraphQL and the Local API cannot change or delete an entry, not even for admins', async () => {
    const { rows } = await sqlPool(payload).query('SELECT id, action FROM audit_log LIMIT 1')
    const { id, action } = rows[0]
    const token = users.admin.token
    expect(
      (await rest(payload, 'PATCH', `/api/audit-log/${id}`, { token, body: { target: 'x' } }))
        .status,
    ).toBe(403)
    expect((await rest(payload, 'DELETE', `/api/audit-log/${id}`, { token })).status).toBe(403)
    expect(
      (await rest(payload, 'POST', '/api/audit-log', { token, body: { action } })).status,
    ).toBe(403)
    const gql = await graphql(
      payload,
      `mutation { updateAuditLog(id: ${id}, data: { target: "x" }) { id } }`,
      { token },
    )
    expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)
    const admin = { id: users.admin.id, roles: ['admin'], collection: 'users' } as never
    await expect(
      payload.update({ collection: 'audit-log', id, data: { target: 'x' }, user: admin }),
    ).rejects.toThrow()
    // Server code that overrides access is refused too.
    await expect(
      payload.update({ collection: 'audit-log', id, data: { target: 'x' }, overrideAccess: true }),
    ).rejects.toThrow(/không thể sửa hoặc xóa/)
    await expect(
      payload.delete({ collection: 'audit-log', id, overrideAccess: true }),
    ).rejects.toThrow(/không thể sửa hoặc xóa/)
    const after = await sqlPool(payload).query(
      'SELECT action, target FROM audit_log WHERE id = $1',
      [id],
    )
    expect(after.rows[0].action).toBe(action)
    expect(after.rows[0].target).not.toBe('x')
  })

  it('exports CSV for admins with Vietnamese headers and labels; 401/403/400 otherwise', async () => {
    const url = '/api/audit-log/export.csv?action=publish'
    const csv = await rest(payload, 'GET', url, { token: users.admin.token })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('"Thời điểm","Hành động","Tài khoản","Đối tượng","Mã địa chỉ"')
    expect(lines).toHaveLength(1 + (await entries('publish')).length)
    expect(lines[1]).toContain('"Xuất bản"')
    expect((await rest(payload, 'GET', url)).status).toBe(401)
    expect((await rest(payload, 'GET', url, { token: users.editor.token })).status).toBe(403)
    const bad = await rest(payload, 'GET', '/api/audit-log/export.csv?from=30-11-2026', {
      token: users.admin.token,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('Ngày không hợp lệ')
  })

  it('the worker purges entries older than AUDIT_KEEP_DAYS, and only those', async () => {
    const pool = sqlPool(payload)
    const total = Number((await pool.query('SELECT count(*) FROM audit_log')).rows[0].count)
    await pool.query(
      `UPDATE audit_log SET at = now() - interval '400 days'
        WHERE id IN (SELECT id FROM audit_log ORDER BY id LIMIT 3)`,
    )
    expect(await purgeAuditLog(payload)).toBe(3)
    expect(Number((await pool.query('SELECT count(*) FROM audit_log')).rows[0].count)).toBe(
      total - 3,
    )
  })
})
