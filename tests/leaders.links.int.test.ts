import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../src/access/roles'
import { graphql, rest } from './helpers/api'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites, type Scope } from './helpers/twoSites'

/**
 * Leaders and contacts (kept by a site's editorial board) and "Liên kết website" (kept by its
 * admins): public read, staff-only write, per site.
 */
let payload: Payload
let stop: () => Promise<void>
let world: Awaited<ReturnType<typeof buildTwoSites>>

const token = (role: Role, scope: Scope) => world.actor(role, scope).token

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  world = await buildTwoSites(payload)
}, 120_000)
afterAll(() => stop())

const leader = (n: number, site: number) => ({
  name: `Nguyễn Văn Thử ${n}`,
  position: 'Phó Bí thư',
  unit: 'Ban Thường vụ',
  phone: '0200 3800 000',
  email: `lanhdao${n}@vinhan.example.vn`,
  order: n,
  site,
})
const link = (n: number, site: number) => ({
  title: `Cơ quan liên kết ${n}`,
  url: `https://co-quan-${n}.vinhan.example.vn`,
  order: n,
  site,
})

describe('leaders', () => {
  it.each([
    ['admin', 201],
    ['editor-in-chief', 201],
    ['editor', 201],
    ['reporter', 403],
    ['moderator', 403],
  ] as const)("%s of the commune adds one on the commune's site → %i", async (role, status) => {
    const res = await rest(payload, 'POST', '/api/leaders', {
      token: token(role, 'commune'),
      body: leader(10 + role.length, world.sites.commune.id),
    })
    expect(res.status).toBe(status)
  })

  it("the public may not add one, nor the commune's editor on the province", async () => {
    const body = leader(1, world.sites.main.id)
    expect((await rest(payload, 'POST', '/api/leaders', { body })).status).toBe(403)
    const res = await rest(payload, 'POST', '/api/leaders', {
      token: token('editor', 'commune'),
      body,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/không có quyền/)
  })

  it('the public reads them in order, with the public email, over REST and GraphQL', async () => {
    for (const n of [3, 1, 2]) {
      const res = await rest(payload, 'POST', '/api/leaders', {
        token: token('editor', 'main'),
        body: leader(n, world.sites.main.id),
      })
      expect(res.status).toBe(201)
    }
    const res = await rest(
      payload,
      'GET',
      `/api/leaders?where[site][equals]=${world.sites.main.id}&sort=order`,
    )
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d: { name: string }) => d.name)).toEqual([
      'Nguyễn Văn Thử 1',
      'Nguyễn Văn Thử 2',
      'Nguyễn Văn Thử 3',
    ])
    expect(res.body.docs[0]).toMatchObject({
      email: 'lanhdao1@vinhan.example.vn',
      phone: '0200 3800 000',
    })
    const gql = await graphql(
      payload,
      `
        {
          Leaders(sort: "order", limit: 100) {
            docs {
              name
            }
          }
        }
      `,
    )
    expect(gql.body.data.Leaders.docs.length).toBeGreaterThanOrEqual(3)
  })

  it('position and unit have an English version', async () => {
    const created = await rest(payload, 'POST', '/api/leaders', {
      token: token('editor', 'main'),
      body: leader(7, world.sites.main.id),
    })
    const id = created.body.doc.id
    await rest(payload, 'PATCH', `/api/leaders/${id}?locale=en`, {
      token: token('editor', 'main'),
      body: { position: 'Deputy Secretary', unit: 'Standing Board' },
    })
    const en = await rest(payload, 'GET', `/api/leaders/${id}?locale=en`)
    expect(en.body).toMatchObject({ position: 'Deputy Secretary', unit: 'Standing Board' })
    const vi = await rest(payload, 'GET', `/api/leaders/${id}`)
    expect(vi.body).toMatchObject({ position: 'Phó Bí thư', unit: 'Ban Thường vụ' })
  })

  it("another site's staff may neither change nor delete them", async () => {
    const { docs } = await payload.find({
      collection: 'leaders',
      where: { site: { equals: world.sites.main.id } },
      limit: 1,
    })
    const id = docs[0].id
    const opts = { token: token('editor-in-chief', 'commune'), body: { name: 'Đổi tên' } }
    expect((await rest(payload, 'PATCH', `/api/leaders/${id}`, opts)).status).toBe(403)
    expect((await rest(payload, 'DELETE', `/api/leaders/${id}`, opts)).status).toBe(403)
    expect(
      (await rest(payload, 'PATCH', `/api/leaders/${id}`, { body: { name: 'x' } })).status,
    ).toBe(403)
    expect((await payload.findByID({ collection: 'leaders', id })).name).toBe(docs[0].name)
  })
})

describe('links (Liên kết website)', () => {
  it.each([
    ['admin', 201],
    ['editor-in-chief', 403],
    ['editor', 403],
    ['reporter', 403],
    ['moderator', 403],
  ] as const)('%s of the province → %i', async (role, status) => {
    const res = await rest(payload, 'POST', '/api/links', {
      token: token(role, 'main'),
      body: link(role.length, world.sites.main.id),
    })
    expect(res.status).toBe(status)
  })

  it('only web addresses are accepted', async () => {
    const res = await rest(payload, 'POST', '/api/links', {
      token: token('admin', 'main'),
      body: { ...link(1, world.sites.main.id), url: 'javascript:alert(1)' },
    })
    expect(res.status).toBe(400)
  })

  it("the public reads every site's links; the commune's admin may not touch the province's", async () => {
    const res = await rest(payload, 'GET', `/api/links?where[site][equals]=${world.sites.main.id}`)
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(1)
    const id = res.body.docs[0].id
    const opts = { token: token('admin', 'commune'), body: { title: 'Đổi' } }
    expect((await rest(payload, 'PATCH', `/api/links/${id}`, opts)).status).toBe(403)
    expect((await rest(payload, 'DELETE', `/api/links/${id}`, opts)).status).toBe(403)
    expect((await rest(payload, 'DELETE', `/api/links/${id}`)).status).toBe(403)
    const own = await rest(payload, 'PATCH', `/api/links/${id}`, {
      token: token('admin', 'main'),
      body: { order: 5 },
    })
    expect(own.status).toBe(200)
  })
})
