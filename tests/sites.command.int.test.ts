import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { siteCommand } from '../src/launcher/siteCommand'
import { userCommand } from '../src/launcher/userCommand'
import { findMainSite } from '../src/sites/mainSite'
import { rest } from './helpers/api'
import { startTestPayload } from './helpers/testPayload'

/** `npm run site -- create|list` (and `npm run user -- create --site`), run as functions. */
let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
})
afterAll(() => stop())

/** Runs a command, returning its exit code and what it printed. */
async function run(command: typeof siteCommand, argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')))
  const table = vi
    .spyOn(console, 'table')
    .mockImplementation((rows) => void out.push(JSON.stringify(rows)))
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')))
  try {
    const code = await command(payload, argv)
    return { code, out: out.join('\n'), err: err.join('\n') }
  } finally {
    log.mockRestore()
    table.mockRestore()
    error.mockRestore()
  }
}

const site = (slug: string) =>
  payload.find({ collection: 'sites', where: { slug: { equals: slug } }, depth: 0 })

describe('npm run site -- create', () => {
  it('creates a commune under the main site, with its domains in lower case', async () => {
    const res = await run(siteCommand, [
      'create',
      '--name',
      'Đảng ủy xã An Hòa',
      '--slug',
      'xa-an-hoa',
      '--domain',
      'AnHoa.VinhAn.dcs.vn',
      '--domain',
      'www.anhoa.vinhan.dcs.vn:443',
    ])
    expect(res).toMatchObject({ code: 0, err: '' })
    expect(res.out).toContain('/don-vi/xa-an-hoa/')
    const { docs } = await site('xa-an-hoa')
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      name: 'Đảng ủy xã An Hòa',
      domains: ['anhoa.vinhan.dcs.vn', 'www.anhoa.vinhan.dcs.vn'],
      parent: (await findMainSite(payload))!.id,
    })
    // It serves at once: the public API finds it by its Host.
    const byHost = await rest(
      payload,
      'GET',
      '/api/sites?where[domains][equals]=anhoa.vinhan.dcs.vn',
    )
    expect(byHost.body.docs.map((s: { slug: string }) => s.slug)).toEqual(['xa-an-hoa'])
  })

  it('takes a parent by slug', async () => {
    const res = await run(siteCommand, [
      'create',
      '--name',
      'Chi bộ thôn Đông',
      '--slug',
      'chi-bo-thon-dong',
      '--parent',
      'xa-an-hoa',
    ])
    expect(res.code).toBe(0)
    const parent = (await site('xa-an-hoa')).docs[0].id
    expect((await site('chi-bo-thon-dong')).docs[0].parent).toBe(parent)
  })

  it('refuses a duplicate slug, a taken domain, an unknown parent and a bad slug, in Vietnamese, exit 1', async () => {
    const cases: [string[], RegExp][] = [
      [['--slug', 'xa-an-hoa'], /Đường dẫn "xa-an-hoa" đã được trang "Đảng ủy xã An Hòa" dùng/],
      [
        ['--slug', 'xa-moi', '--domain', 'anhoa.vinhan.dcs.vn'],
        /Tên miền anhoa.vinhan.dcs.vn đã thuộc trang "Đảng ủy xã An Hòa"/,
      ],
      [
        ['--slug', 'xa-moi', '--parent', 'xa-khong-co'],
        /Không có trang đơn vị cấp trên "xa-khong-co"/,
      ],
      [['--slug', 'Xã Mới!'], /không hợp lệ: chỉ gồm chữ thường/],
    ]
    for (const [extra, message] of cases) {
      const res = await run(siteCommand, ['create', '--name', 'Đảng ủy xã Mới', ...extra])
      expect(res.code).toBe(1)
      expect(res.err).toMatch(message)
    }
    expect((await site('xa-moi')).totalDocs).toBe(0)
  })

  it('answers wrong usage with the usage and exit 2', async () => {
    for (const argv of [
      [],
      ['create', '--name', 'Thiếu slug'],
      ['create', '--bogus', 'x'],
      ['xoa'],
    ]) {
      const res = await run(siteCommand, argv)
      expect(res.code).toBe(2)
      expect(res.err).toContain('npm run site -- create')
    }
  })
})

describe('npm run site -- list', () => {
  it('lists every site with its path', async () => {
    const res = await run(siteCommand, ['list'])
    expect(res.code).toBe(0)
    const rows = JSON.parse(res.out.split('\n')[0])
    expect(rows.map((r: { slug: string }) => r.slug)).toEqual([
      'trang-chinh',
      'xa-an-hoa',
      'chi-bo-thon-dong',
    ])
    expect(rows[1]).toMatchObject({ parent: 'trang-chinh', path: '/don-vi/xa-an-hoa/' })
    expect(res.out).toContain('Tổng cộng: 3 trang')
  })
})

describe('npm run user -- create --site', () => {
  it('gives the roles on that site only', async () => {
    // (The very first account always becomes an admin: make it someone else.)
    await payload.create({
      collection: 'users',
      data: { email: 'qtv@vinhan.example.org', password: 'mat-khau-rat-dai-123', name: 'QTV' },
    })
    const res = await run(userCommand, [
      'create',
      '--email',
      'bithu@anhoa.example.org',
      '--password',
      'mat-khau-rat-dai-123',
      '--role',
      'editor-in-chief',
      '--name',
      'Bí thư xã An Hòa',
      '--site',
      'xa-an-hoa',
    ])
    expect(res.code).toBe(0)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'bithu@anhoa.example.org' } },
      depth: 0,
    })
    expect(docs[0].roles).toEqual([])
    expect(docs[0].sites).toMatchObject([
      { site: (await site('xa-an-hoa')).docs[0].id, roles: ['editor-in-chief'] },
    ])
    const unknown = await run(userCommand, [
      'create',
      '--email',
      'x@anhoa.example.org',
      '--password',
      'mat-khau-rat-dai-123',
      '--role',
      'editor',
      '--name',
      'X',
      '--site',
      'xa-khong-co',
    ])
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('Không có trang đơn vị "xa-khong-co"')
  })
})
