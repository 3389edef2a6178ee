import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { currentTotp } from '../src/twoFactor/totp'
import { graphql, rest } from './helpers/api'
import { createAccounts, PASSWORD } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  users = await createAccounts(payload)
})
afterAll(() => stop())
afterEach(() => {
  delete process.env.TWO_FACTOR_REQUIRED_ROLES
})

const signIn = (email: string, extra: Record<string, unknown> = {}) =>
  rest(payload, 'POST', '/api/users/login', { body: { email, password: PASSWORD, ...extra } })
const me = async (token: string) =>
  (await rest(payload, 'GET', '/api/users/me', { token })).body?.user ?? null
const twoFactorOf = (res: { body: { errors?: { data?: { twoFactor?: string } }[] } }) =>
  res.body.errors?.[0]?.data?.twoFactor
/**
 * A code that signs in now. Each code signs in once (the step is remembered): rather than wait
 * up to 30 s for the next one, a test forgets the used step directly in the database.
 */
const freshCode = async (userId: number | string, secret: string) => {
  const user = await payload.findByID({ collection: 'users', id: userId, showHiddenFields: true })
  await payload.update({
    collection: 'users',
    id: userId,
    data: { twoFactor: { ...user.twoFactor, lastStep: null } } as never,
  })
  return currentTotp(secret)
}
const auditCount = async (action: string, userId: number | string) =>
  (
    await payload.count({
      collection: 'audit-log',
      where: { action: { equals: action }, user: { equals: userId } },
    })
  ).totalDocs

/** Turns it on for a signed-in account; returns the secret and the recovery codes. */
async function enrol(token: string) {
  const setup = await rest(payload, 'POST', '/api/users/two-factor/setup', { token, body: {} })
  expect(setup.status).toBe(200)
  const { secret } = setup.body as { secret: string }
  const enable = await rest(payload, 'POST', '/api/users/two-factor/enable', {
    token,
    body: { code: currentTotp(secret) },
  })
  expect(enable.status).toBe(200)
  return { secret, recoveryCodes: enable.body.recoveryCodes as string[] }
}

describe('enrolment', () => {
  it('gives a QR code, turns on only with a code from the app, shows ten recovery codes once', async () => {
    const { token, id } = users.editor
    const setup = await rest(payload, 'POST', '/api/users/two-factor/setup', { token, body: {} })
    expect(setup.status).toBe(200)
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/)
    expect(setup.body.qr).toMatch(/^data:image\/png;base64,/)
    const wrong = await rest(payload, 'POST', '/api/users/two-factor/enable', {
      token,
      body: { code: '000000' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].message).toContain('Mã không đúng')
    expect((await me(token)).twoFactor).toEqual({ enabled: false })

    const enable = await rest(payload, 'POST', '/api/users/two-factor/enable', {
      token,
      body: { code: currentTotp(setup.body.secret) },
    })
    expect(enable.status).toBe(200)
    const codes = enable.body.recoveryCodes as string[]
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect((await me(token)).twoFactor).toEqual({ enabled: true })
    expect(await auditCount('two-factor-on', id)).toBe(1)

    // The secret and the codes never leave the server, not even for an admin.
    const asAdmin = await rest(payload, 'GET', `/api/users/${id}`, { token: users.admin.token })
    expect(asAdmin.body.twoFactor).toEqual({ enabled: true })
    expect(JSON.stringify(asAdmin.body)).not.toContain(setup.body.secret)
    const gql = await graphql(payload, `{ User(id: ${id}) { twoFactor { secret } } }`, {
      token: users.admin.token,
    })
    expect(JSON.stringify(gql.body)).not.toContain(setup.body.secret)
    // Nor in the database as typed: it is stored encrypted.
    const raw = await payload.findByID({ collection: 'users', id, showHiddenFields: true })
    expect(JSON.stringify(raw)).not.toContain(setup.body.secret)
    expect(JSON.stringify(raw)).not.toContain(codes[0])
  })

  it('a second setup while it is on is refused (409)', async () => {
    const res = await rest(payload, 'POST', '/api/users/two-factor/setup', {
      token: users.editor.token,
      body: {},
    })
    expect(res.status).toBe(409)
  })
})

describe('signing in with two-factor on', () => {
  let secret: string
  let recoveryCodes: string[]
  beforeAll(async () => {
    ;({ secret, recoveryCodes } = await enrol(users.reporter.token))
  })

  it('the password alone gives no session: 401 asking for the code', async () => {
    const res = await signIn(users.reporter.email)
    expect(res.status).toBe(401)
    expect(twoFactorOf(res)).toBe('code-needed')
    expect(res.body.errors[0].message).toContain('Nhập mã xác thực')
    expect(res.body.token).toBeUndefined()
    expect(res.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]/)
  })

  it('signs in with the current code, once: the same code again is refused', async () => {
    const code = await freshCode(users.reporter.id, secret)
    const ok = await signIn(users.reporter.email, { code })
    expect(ok.status).toBe(200)
    expect((await me(ok.body.token)).email).toBe(users.reporter.email)
    const again = await signIn(users.reporter.email, { code })
    expect(again.status).toBe(401)
    expect(twoFactorOf(again)).toBe('wrong-code')
  })

  it('a recovery code signs in once', async () => {
    const ok = await signIn(users.reporter.email, { code: recoveryCodes[0].toUpperCase() })
    expect(ok.status).toBe(200)
    expect((await signIn(users.reporter.email, { code: recoveryCodes[0] })).status).toBe(401)
  })

  it('a wrong password with the right code is still a wrong password', async () => {
    const res = await rest(payload, 'POST', '/api/users/login', {
      body: {
        email: users.reporter.email,
        password: 'sai-mat-khau-123',
        code: currentTotp(secret),
      },
    })
    expect(res.status).toBe(401)
    expect(twoFactorOf(res)).toBeUndefined()
  })

  it('GraphQL and the Local API refuse without the code; GraphQL takes it in a header', async () => {
    const mutation = `mutation { loginUser(email: "${users.reporter.email}", password: "${PASSWORD}") { token } }`
    const bare = await graphql(payload, mutation)
    expect(bare.body.data?.loginUser?.token ?? null).toBeNull()
    expect(JSON.stringify(bare.body.errors)).toContain('Nhập mã xác thực')
    await expect(
      payload.login({
        collection: 'users',
        data: { email: users.reporter.email, password: PASSWORD },
      }),
    ).rejects.toThrow('Nhập mã xác thực')
    const withCode = await graphql(payload, mutation, {
      headers: { 'X-Two-Factor-Code': await freshCode(users.reporter.id, secret) },
    })
    expect(withCode.body.data.loginUser.token).toEqual(expect.any(String))
  })

  it('five wrong codes lock the second step for 15 minutes, even for the right code; all audited', async () => {
    const { email, id } = users.reporter
    const failedBefore = await auditCount('login-failed', id)
    for (let i = 0; i < 5; i++) {
      expect((await signIn(email, { code: '123456' })).status).toBe(401)
    }
    const locked = await signIn(email, { code: await freshCode(id, secret) })
    expect(locked.status).toBe(429)
    expect(twoFactorOf(locked)).toBe('locked')
    expect(locked.body.errors[0].message).toMatch(/Thử lại sau 1[45] phút/)
    expect(await auditCount('login-failed', id)).toBe(failedBefore + 5)
    expect(await auditCount('lockout', id)).toBe(1)
  })

  it('an admin resets it for a lost phone; nobody else can', async () => {
    const path = `/api/users/${users.reporter.id}/two-factor/reset`
    expect(
      (await rest(payload, 'POST', path, { token: users.editor.token, body: {} })).status,
    ).toBe(403)
    expect((await signIn(users.reporter.email)).status).toBe(429)
    expect((await rest(payload, 'POST', path, { token: users.admin.token, body: {} })).status).toBe(
      200,
    )
    expect((await signIn(users.reporter.email)).status).toBe(200)
  })
})

describe('turning it off', () => {
  it('needs a current code; then the password alone signs in again', async () => {
    const { secret } = await enrol(users.moderator.token)
    const code = await freshCode(users.moderator.id, secret)
    const session = (await signIn(users.moderator.email, { code })).body.token as string
    const path = '/api/users/two-factor/disable'
    const wrong = await rest(payload, 'POST', path, { token: session, body: { code: '000000' } })
    expect(wrong.status).toBe(400)
    expect((await signIn(users.moderator.email)).status).toBe(401)
    const ok = await rest(payload, 'POST', path, {
      token: session,
      body: { code: await freshCode(users.moderator.id, secret) },
    })
    expect(ok.status).toBe(200)
    expect((await signIn(users.moderator.email)).status).toBe(200)
    expect(await auditCount('two-factor-off', users.moderator.id)).toBe(1)
  })
})

describe('TWO_FACTOR_REQUIRED_ROLES', () => {
  it('a required role gets no session until it is set up, which works with the password alone', async () => {
    process.env.TWO_FACTOR_REQUIRED_ROLES = 'admin, editor-in-chief'
    const { email } = users['editor-in-chief']
    const refused = await signIn(email)
    expect(refused.status).toBe(403)
    expect(twoFactorOf(refused)).toBe('setup-needed')
    expect(refused.body.token).toBeUndefined()
    // Roles not listed are unaffected.
    expect((await signIn(users.reporter2.email)).status).toBe(200)

    const setupPath = '/api/users/two-factor/setup'
    const badPassword = await rest(payload, 'POST', setupPath, {
      body: { email, password: 'sai-mat-khau-123' },
    })
    expect(badPassword.status).toBe(401)
    const setup = await rest(payload, 'POST', setupPath, { body: { email, password: PASSWORD } })
    expect(setup.status).toBe(200)
    const enable = await rest(payload, 'POST', '/api/users/two-factor/enable', {
      body: { email, password: PASSWORD, code: currentTotp(setup.body.secret) },
    })
    expect(enable.status).toBe(200)
    expect((await signIn(email)).status).toBe(401)
    const code = await freshCode(users['editor-in-chief'].id, setup.body.secret)
    const ok = await signIn(email, { code })
    expect(ok.status).toBe(200)
    // Required: it cannot be turned off by its owner.
    const off = await rest(payload, 'POST', '/api/users/two-factor/disable', {
      token: ok.body.token,
      body: { code: recoveryOf(enable.body) },
    })
    expect(off.status).toBe(403)
  })

  it('a password reset still works for a two-factor account but signs no one in', async () => {
    process.env.TWO_FACTOR_REQUIRED_ROLES = 'editor-in-chief'
    const { email } = users['editor-in-chief']
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
    })
    const res = await rest(payload, 'POST', '/api/users/reset-password', {
      body: { token, password: PASSWORD },
    })
    expect(res.status).toBe(200)
    expect(res.body.token).toBeUndefined()
    expect(res.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]/)
    expect(twoFactorOf(await signIn(email))).toBe('code-needed')
  })
})

const recoveryOf = (body: { recoveryCodes: string[] }) => body.recoveryCodes[0]
