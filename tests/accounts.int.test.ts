import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from './helpers/api'
import { createAccounts, PASSWORD } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload({ STAFF_SESSION_HOURS: '9' }))
  users = await createAccounts(payload)
})
afterAll(() => stop())

const signIn = async (email: string, password: string) => {
  const res = await rest(payload, 'POST', '/api/users/login', { body: { email, password } })
  expect(res.status).toBe(200)
  return res.body as { token: string; exp: number }
}
const me = async (token: string) =>
  (await rest(payload, 'GET', '/api/users/me', { token })).body?.user?.email ?? null

describe('password policy', () => {
  const create = (password: string) =>
    rest(payload, 'POST', '/api/users', {
      token: users.admin.token,
      body: {
        email: `moi-${Math.random().toString(36).slice(2)}@example.org`,
        password,
        name: 'Cán bộ mới',
        roles: ['reporter'],
      },
    })

  it.each([
    ['11 characters', 'Mat-khau-11', 'Mật khẩu cần ít nhất 12 ký tự.'],
    ['a common password', 'qwerty123456', 'danh sách mật khẩu phổ biến'],
    ['a common password in capitals', 'QWERTY123456', 'danh sách mật khẩu phổ biến'],
    ['a common Vietnamese one', 'matkhau123456', 'danh sách mật khẩu phổ biến'],
  ])(
    'refuses %s on create, with a Vietnamese message at the field',
    async (_what, password, message) => {
      const before = (await payload.count({ collection: 'users' })).totalDocs
      const res = await create(password)
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'password' })
      expect(JSON.stringify(res.body)).toContain(message)
      expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    },
  )

  it('accepts a long uncommon one (12 characters counted as the reader sees them)', async () => {
    expect((await create('Đồng-chí-Bí-thư')).status).toBe(201)
  })

  it('refuses a weak password chosen through the reset link, keeping the old one and the link', async () => {
    const { email } = users.reporter
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const weak = await rest(payload, 'POST', '/api/users/reset-password', {
      body: { token, password: 'qwerty123456' },
    })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toContain('danh sách mật khẩu phổ biến')
    await signIn(email, PASSWORD)
    const strong = await rest(payload, 'POST', '/api/users/reset-password', {
      body: { token, password: PASSWORD },
    })
    expect(strong.status).toBe(200)
  })

  it('refuses a weak new password on change, keeping the old one', async () => {
    const res = await rest(payload, 'PATCH', `/api/users/${users.editor.id}`, {
      token: users.editor.token,
      body: { password: 'ngan' },
    })
    expect(res.status).toBe(400)
    await signIn(users.editor.email, PASSWORD)
  })
})

describe('sessions', () => {
  it('last STAFF_SESSION_HOURS (a working day by default) from the last sign-in or refresh', async () => {
    const { exp } = await signIn(users.moderator.email, PASSWORD)
    expect(exp - Date.now() / 1000).toBeGreaterThan(9 * 3600 - 60)
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(9 * 3600)
  })

  it('signing out ends the session on the server: its token no longer works', async () => {
    const { token } = await signIn(users.moderator.email, PASSWORD)
    expect(await me(token)).toBe(users.moderator.email)
    expect((await rest(payload, 'POST', '/api/users/logout', { token })).status).toBe(200)
    expect(await me(token)).toBeNull()
  })

  it("a password change signs out the account's other sessions, not the one that changed it", async () => {
    const elsewhere = (await signIn(users.reporter.email, PASSWORD)).token
    const here = (await signIn(users.reporter.email, PASSWORD)).token
    expect(await me(elsewhere)).toBe(users.reporter.email)
    const changed = await rest(payload, 'PATCH', `/api/users/${users.reporter.id}`, {
      token: here,
      body: { password: 'Mat-khau-moi-cua-toi-1' },
    })
    expect(changed.status).toBe(200)
    expect(await me(elsewhere)).toBeNull()
    expect(await me(here)).toBe(users.reporter.email)
    await signIn(users.reporter.email, 'Mat-khau-moi-cua-toi-1')
  })

  it("an admin resetting someone's password signs out all of that account's sessions", async () => {
    const theirs = (await signIn(users.editor.email, PASSWORD)).token
    const res = await rest(payload, 'PATCH', `/api/users/${users.editor.id}`, {
      token: users.admin.token,
      body: { password: 'Mat-khau-do-qtv-dat-1' },
    })
    expect(res.status).toBe(200)
    expect(await me(theirs)).toBeNull()
  })
})
