import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from './helpers/api'
import { createAccounts, PASSWORD } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
})
afterAll(() => stop())

describe('accounts', () => {
  it('the first account created through the admin becomes an admin', async () => {
    const res = await rest(payload, 'POST', '/api/users/first-register', {
      body: {
        email: 'dau-tien@example.org',
        password: PASSWORD,
        'confirm-password': PASSWORD,
        name: 'Người đầu tiên',
        roles: ['reporter'],
      },
    })
    expect(res.status).toBe(200)
    expect(res.body.user.roles).toEqual(['admin'])
    users = await createAccounts(payload)
  })

  it('only admins create accounts; nobody else can give themselves a role', async () => {
    const body = { email: 'moi@example.org', password: PASSWORD, name: 'Mới', roles: ['admin'] }
    for (const role of ['editor-in-chief', 'editor', 'reporter', 'moderator'] as const) {
      expect(
        (await rest(payload, 'POST', '/api/users', { token: users[role].token, body })).status,
      ).toBe(403)
    }
    expect((await rest(payload, 'POST', '/api/users', { body })).status).toBe(403)
    const self = await rest(payload, 'PATCH', `/api/users/${users.reporter.id}`, {
      token: users.reporter.token,
      body: { roles: ['admin'], name: 'Tên mới' },
    })
    expect(self.status).toBe(200)
    expect(self.body.doc.roles).toEqual(['reporter'])
    expect(self.body.doc.name).toBe('Tên mới')
    const other = await rest(payload, 'PATCH', `/api/users/${users.editor.id}`, {
      token: users.reporter.token,
      body: { name: 'X' },
    })
    expect(other.status).toBe(403)
    const byAdmin = await rest(payload, 'POST', '/api/users', { token: users.admin.token, body })
    expect(byAdmin.status).toBe(201)
    expect(byAdmin.body.doc.roles).toEqual(['admin'])
  })

  it('the public cannot list accounts, over REST or GraphQL', async () => {
    expect((await rest(payload, 'GET', '/api/users')).status).toBe(403)
    const gql = await graphql(payload, 'query { Users { docs { email } } }')
    expect(gql.body.data?.Users ?? null).toBeNull()
  })

  it('locks an account after 5 failed logins, even for the right password', async () => {
    const email = users.moderator.email
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await rest(payload, 'POST', '/api/users/login', {
            body: { email, password: 'sai-mat-khau' },
          })
        ).status,
      ).toBe(401)
    }
    const locked = await rest(payload, 'POST', '/api/users/login', {
      body: { email, password: PASSWORD },
    })
    expect(locked.status).not.toBe(200)
    expect(locked.body.token).toBeUndefined()
  })
})
