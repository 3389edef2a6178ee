import ExcelJS from 'exceljs'
import { handleEndpoints, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sqlPool } from '../src/lib/sqlPool'
import { purgeVisits } from '../src/stats/purgeVisits'
import { recordHit } from '../src/stats/readHit'
import { readVisitSummary } from '../src/stats/readVisitSummary'
import { REPORT_HEADERS } from '../src/stats/visitReportWorkbook'
import { createVisitBuffer, type VisitBuffer } from '../src/stats/visitBuffer'
import { processVisitBuffer } from '../src/stats/visitsInProcess'
import { login, rest } from './helpers/api'
import { PASSWORD } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'
import { buildTwoSites } from './helpers/twoSites'

/**
 * Visit statistics on the real engines: the 30-minute rule and bots, exact counts when two
 * instances (two buffers on two pools) flush the same visitors at once, one statement per flush,
 * the footer's summary, Vietnam's midnight, the purge, and the staff's XLSX report and its access.
 */
let payload: Payload
let stop: () => Promise<void>
let databaseUrl: string
let world: Awaited<ReturnType<typeof buildTwoSites>>
let pool: pg.Pool
let second: pg.Pool
const slugs = { main: '', commune: '' }

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const MINUTE = 60_000
const visitorHeaders = (address: string, ua = CHROME) =>
  new Headers({ 'user-agent': ua, 'x-portal-socket-address': address })
const hit = (
  buffer: VisitBuffer,
  siteId: number,
  path: string,
  address: string,
  at: string | Date,
  ua = CHROME,
) => recordHit(buffer, { siteId, path, headers: visitorHeaders(address, ua), now: new Date(at) })

const one = async <T>(sql: string, params: unknown[] = []) =>
  (await pool.query(sql, params)).rows[0] as T
const views = async (article: number) =>
  Number(
    (
      await one<{ views?: string }>('SELECT views FROM article_stats WHERE article_id = $1', [
        article,
      ])
    )?.views ?? 0,
  )
const pageVisits = async (site: number, path: string) =>
  Number(
    (
      await one<{ n: string }>(
        'SELECT coalesce(sum(visits), 0) AS n FROM visit_page_days WHERE site_id = $1 AND path = $2',
        [site, path],
      )
    ).n,
  )

beforeAll(async () => {
  process.env.STATS_FLUSH_MS = '0' // the process buffer of the REST tests: flushed by hand
  ;({ payload, stop, databaseUrl } = await startTestPayload())
  world = await buildTwoSites(payload)
  pool = sqlPool(payload)
  second = new pg.Pool({ connectionString: databaseUrl, max: 4 })
  for (const key of ['main', 'commune'] as const) {
    const { rows } = await pool.query('SELECT slug FROM articles WHERE id = $1', [
      world.sites[key].articles.pub,
    ])
    slugs[key] = rows[0].slug
  }
})

afterAll(async () => {
  await second?.end()
  await stop?.()
})

describe('counting', () => {
  it('counts one visit per visitor per page per 30 minutes, article views included', async () => {
    const site = world.sites.commune.id
    const article = world.sites.commune.articles.pub
    const path = `/tin-tuc/${slugs.commune}`
    const before = await views(article)
    const buffer = createVisitBuffer(pool, { flushMs: 0 })
    const t0 = Date.parse('2026-01-10T02:00:00Z')
    const at = (minutes: number) => new Date(t0 + minutes * MINUTE)
    hit(buffer, site, path, '198.51.100.1', at(0))
    hit(buffer, site, path, '198.51.100.1', at(1)) // same interval: dropped before writing
    expect(await buffer.flush()).toBe(1)
    hit(buffer, site, path, '198.51.100.1', at(10))
    expect(await buffer.flush()).toBe(0)
    hit(buffer, site, path, '198.51.100.1', at(29.9))
    expect(await buffer.flush()).toBe(0)
    hit(buffer, site, path, '198.51.100.1', at(30)) // 30 minutes after the counted one
    hit(buffer, site, '/chuyen-muc/tin-tuc', '198.51.100.1', at(30)) // another page
    hit(buffer, site, path, '198.51.100.2', at(31)) // another visitor
    hit(buffer, site, path, '198.51.100.1', at(31), `${CHROME} Edg/130`) // another browser
    expect(await buffer.flush()).toBe(4)
    expect(await pageVisits(site, path)).toBe(4)
    expect(await pageVisits(site, '/chuyen-muc/tin-tuc')).toBe(1)
    expect(await views(article)).toBe(before + 4)
    expect(buffer.figures).toMatchObject({ received: 8, bots: 0, counted: 5, flushes: 4 })
  })

  it('leaves bots and beacons without a user agent out', async () => {
    const buffer = createVisitBuffer(pool, { flushMs: 0 })
    const site = world.sites.main.id
    expect(hit(buffer, site, '/bot-test', '198.51.100.9', '2026-01-10T03:00:00Z', GOOGLEBOT)).toBe(
      'bot',
    )
    expect(hit(buffer, site, '/bot-test', '198.51.100.9', '2026-01-10T03:00:00Z', '')).toBe('bot')
    expect(
      hit(buffer, site, '/bot-test', '198.51.100.9', '2026-01-10T03:00:00Z', 'curl/8.5.0'),
    ).toBe('bot')
    expect(hit(buffer, site, '/bot-test', '198.51.100.9', '2026-01-10T03:00:00Z')).toBe('queued')
    expect(await buffer.flush()).toBe(1)
    expect(buffer.figures.bots).toBe(3)
    expect(await pageVisits(site, '/bot-test')).toBe(1)
  })

  it('is exact when two instances flush the same visitors at the same time', async () => {
    const site = world.sites.main.id
    const article = world.sites.main.articles.pub
    const before = await views(article)
    const a = createVisitBuffer(pool, { flushMs: 0 })
    const b = createVisitBuffer(second, { flushMs: 0 })
    const paths = [`/tin-tuc/${slugs.main}`, '/dong-thoi/1', '/dong-thoi/2']
    const visitors = Array.from({ length: 150 }, (_, i) => `10.20.${i >> 8}.${i & 255}`)
    const t0 = Date.parse('2026-01-11T01:00:00Z')
    let sent = 0
    // Five rounds inside 30 minutes, then five more 40 minutes later: every visitor reads every
    // page through both instances in every round, and both flush together each round.
    for (const start of [0, 40]) {
      for (let round = 0; round < 5; round++) {
        const at = new Date(t0 + (start + round * 3) * MINUTE + 1000)
        for (const address of visitors)
          for (const path of paths) {
            hit(a, site, path, address, at)
            hit(b, site, path, address, new Date(at.getTime() + 500))
            sent += 2
          }
        await Promise.all([a.flush(), b.flush()])
      }
    }
    const expected = visitors.length * paths.length * 2 // one visit per window
    expect(a.figures.counted + b.figures.counted).toBe(expected)
    expect(sent).toBe(visitors.length * paths.length * 2 * 5 * 2)
    for (const path of paths) expect(await pageVisits(site, path)).toBe(visitors.length * 2)
    expect(await views(article)).toBe(before + visitors.length * 2)
    const day = await one<{ n: string }>(
      `SELECT visits AS n FROM visit_site_days WHERE site_id = $1 AND day = '2026-01-11'`,
      [site],
    )
    expect(Number(day.n)).toBe(expected)
    const hours = await pool.query(
      `SELECT hour, visits::int FROM visit_hours WHERE site_id = $1 AND hour >= '2026-01-11' ORDER BY hour`,
      [site],
    )
    expect(hours.rows.map((r) => [r.hour.toISOString(), r.visits])).toEqual([
      ['2026-01-11T01:00:00.000Z', expected],
    ])
  })

  it('writes each flush as one statement, however many beacons it holds', async () => {
    let statements = 0
    const counting = {
      query: (text: string, values: unknown[]) => {
        statements++
        return pool.query(text, values)
      },
    } as unknown as pg.Pool
    const buffer = createVisitBuffer(counting, { flushMs: 0 })
    for (let i = 0; i < 2000; i++)
      hit(
        buffer,
        world.sites.main.id,
        `/mot-lan/${i % 20}`,
        `10.30.${i >> 8}.${i & 255}`,
        '2026-01-12T01:00:00Z',
      )
    expect(await buffer.flush()).toBe(2000)
    expect(statements).toBe(1)
    expect(await buffer.flush()).toBe(0) // nothing buffered: no statement at all
    expect(statements).toBe(1)
  })

  it("keeps a failed flush's beacons for the next one", async () => {
    let failures = 1
    const flaky = {
      query: (text: string, values: unknown[]) =>
        failures-- > 0 ? Promise.reject(new Error('mất kết nối')) : pool.query(text, values),
    } as unknown as pg.Pool
    const buffer = createVisitBuffer(flaky, { flushMs: 0 })
    const site = world.sites.main.id
    hit(buffer, site, '/that-bai', '10.45.0.1', '2026-02-05T03:00:00Z')
    hit(buffer, site, '/that-bai', '10.45.0.2', '2026-02-05T03:00:00Z')
    await expect(buffer.flush()).rejects.toThrow('mất kết nối')
    hit(buffer, site, '/that-bai', '10.45.0.3', '2026-02-05T03:00:01Z')
    expect(await buffer.flush()).toBe(3)
    expect(await pageVisits(site, '/that-bai')).toBe(3)
  })

  it('writes what is still buffered when it stops (SIGTERM)', async () => {
    const buffer = createVisitBuffer(pool, { flushMs: 60_000 })
    hit(buffer, world.sites.main.id, '/khi-dung', '10.40.0.1', '2026-01-12T02:00:00Z')
    await buffer.stop()
    expect(await pageVisits(world.sites.main.id, '/khi-dung')).toBe(1)
  })

  it('rolls the day over at midnight in Vietnam (17:00 UTC), with a new visitor hash', async () => {
    const site = world.sites.commune.id
    const buffer = createVisitBuffer(pool, { flushMs: 0 })
    hit(buffer, site, '/nua-dem', '10.50.0.1', '2026-01-20T16:59:59.000Z') // 23:59:59 on the 20th
    await buffer.flush()
    hit(buffer, site, '/nua-dem', '10.50.0.1', '2026-01-20T17:00:01.000Z') // 00:00:01 on the 21st
    await buffer.flush()
    const days = await pool.query(
      `SELECT day, visits::int FROM visit_page_days WHERE site_id = $1 AND path = '/nua-dem' ORDER BY day`,
      [site],
    )
    expect(days.rows).toEqual([
      { day: '2026-01-20', visits: 1 },
      { day: '2026-01-21', visits: 1 },
    ])
    const hashes = await pool.query(
      `SELECT DISTINCT visitor FROM visit_seen WHERE site_id = $1 AND path = '/nua-dem'`,
      [site],
    )
    expect(hashes.rows).toHaveLength(2) // the salt changed at midnight: nothing links the days
  })
  it('an empty site can still be deleted: its visit counts go with it', async () => {
    const created = await rest(payload, 'POST', '/api/sites', {
      token: world.root.token,
      body: { name: 'Đảng ủy xã Thử Xóa', slug: 'xa-thu-xoa' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const buffer = createVisitBuffer(pool, { flushMs: 0 })
    hit(buffer, id, '/', '10.55.0.1', '2026-01-25T03:00:00Z')
    expect(await buffer.flush()).toBe(1)
    const removed = await rest(payload, 'DELETE', `/api/sites/${id}`, { token: world.root.token })
    expect(removed.status).toBe(200)
    const left = await one<{ n: string }>(
      `SELECT (SELECT count(*) FROM visit_site_days WHERE site_id = $1)
            + (SELECT count(*) FROM visit_seen WHERE site_id = $1) AS n`,
      [id],
    )
    expect(left.n).toBe('0')
  })
})

describe('the summary', () => {
  it('counts online (5 minutes), today, this month and in total', async () => {
    const site = world.sites.commune.id
    const now = new Date('2026-03-15T05:00:00Z')
    const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE)
    const before = await readVisitSummary(pool, site, now)
    const buffer = createVisitBuffer(pool, { flushMs: 0 })
    hit(buffer, site, '/', '10.60.0.1', ago(1))
    hit(buffer, site, '/', '10.60.0.2', ago(2))
    hit(buffer, site, '/hoi-dap', '10.60.0.2', ago(2))
    hit(buffer, site, '/', '10.60.0.3', ago(10)) // today, gone for 10 minutes
    hit(buffer, site, '/', '10.60.0.4', '2026-03-02T03:00:00Z') // this month
    hit(buffer, site, '/', '10.60.0.5', '2026-02-20T03:00:00Z') // before this month
    await buffer.flush()
    expect(await readVisitSummary(pool, site, now)).toEqual({
      online: 2,
      today: before.today + 4,
      month: before.month + 5,
      total: before.total + 6,
    })
    expect(before).toMatchObject({ online: 0, today: 0, month: 0 })
  })

  it("POST /api/stats/hit and GET /api/stats/summary: the request's site, 204, 400, cached 5 s", async () => {
    const commune = { 'x-portal-site': 'xa-an-hoa' }
    const post = (body: unknown, headers: Record<string, string>) =>
      rest(payload, 'POST', '/api/stats/hit', { body, headers: { ...commune, ...headers } })
    const human = (address: string) => ({
      'user-agent': CHROME,
      'x-portal-socket-address': address,
    })
    expect((await post({ path: '/tin-tuc/qua-rest' }, human('10.70.0.1'))).status).toBe(204)
    expect((await post({ path: '/tin-tuc/qua-rest' }, human('10.70.0.2'))).status).toBe(204)
    expect((await post({ path: '/tin-tuc/qua-rest' }, human('10.70.0.2'))).status).toBe(204)
    const bot = await post({ path: '/tin-tuc/qua-rest' }, { 'user-agent': GOOGLEBOT })
    expect(bot.status).toBe(204)
    for (const body of ['khong-phai-json', { path: 'khong-co-gach' }, {}]) {
      const bad = await post(body, human('10.70.0.3'))
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].message).toMatch(/không hợp lệ/)
    }
    expect(await pageVisits(world.sites.commune.id, '/tin-tuc/qua-rest')).toBe(0) // not yet written
    expect(await (await processVisitBuffer(pool)).flush()).toBe(2)
    expect(await pageVisits(world.sites.commune.id, '/tin-tuc/qua-rest')).toBe(2)
    expect(await pageVisits(world.sites.main.id, '/tin-tuc/qua-rest')).toBe(0)

    const summary = await rest(payload, 'GET', '/api/stats/summary', { headers: commune })
    expect(summary.status).toBe(200)
    expect(summary.headers.get('cache-control')).toBe('public, max-age=5, s-maxage=5')
    expect(summary.body).toEqual(await readVisitSummary(pool, world.sites.commune.id))
    expect(summary.body.online).toBe(2)
    expect(summary.body.today).toBeGreaterThanOrEqual(2)
  })
})

describe('the purge', () => {
  it('drops visitor hashes not seen for an hour and hours past 30 days; keeps days', async () => {
    const now = new Date('2026-03-15T05:00:00Z')
    const site = world.sites.commune.id
    const buffer = createVisitBuffer(pool, { flushMs: 0 })
    hit(buffer, site, '/con-giu', '10.80.0.1', '2026-03-15T04:01:00Z') // seen 59 minutes ago
    hit(buffer, site, '/bi-xoa', '10.80.0.2', '2026-03-15T03:59:00Z') // seen 61 minutes ago
    await buffer.flush()
    const daysBefore = await one<{ n: string }>('SELECT count(*) AS n FROM visit_page_days')
    const removed = await purgeVisits(pool, now)
    expect(removed.visitors).toBeGreaterThan(0)
    const left = await one<{ old: string; kept: string; hours: string; days: string }>(
      `SELECT (SELECT count(*) FROM visit_seen WHERE seen_at < $1::timestamptz - interval '60 minutes') AS old,
              (SELECT count(*) FROM visit_seen WHERE path = '/con-giu') AS kept,
              (SELECT count(*) FROM visit_hours WHERE hour < $1::timestamptz - interval '30 days') AS hours,
              (SELECT count(*) FROM visit_page_days) AS days`,
      [now.toISOString()],
    )
    expect(left).toEqual({ old: '0', kept: '1', hours: '0', days: daysBefore.n })
  })
})

describe('the XLSX report', () => {
  const period = 'from=2026-01-10&to=2026-01-12'
  const get = (query: string, token?: string, headers?: Record<string, string>) =>
    rest(payload, 'GET', `/api/stats/report.xlsx?${query}`, { token, headers })
  const fetchFile = async (query: string, token: string, headers: Record<string, string> = {}) => {
    const request = new Request(`http://localhost:3000/api/stats/report.xlsx?${query}`, {
      headers: { Authorization: `JWT ${token}`, ...headers },
    })
    const response = await handleEndpoints({ config: payload.config, request })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await response.arrayBuffer())
    return book
  }
  const values = (sheet: ExcelJS.Worksheet) =>
    sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1))

  it("by category and by author for a commune's staff: their site only", async () => {
    const token = world.actor('reporter', 'commune').token
    const byCategory = await fetchFile(`${period}&groupBy=category`, token)
    const sheet = byCategory.worksheets[0]
    expect(sheet.name).toBe('Theo chuyên mục')
    expect(values(sheet)).toEqual([
      ['Báo cáo lượt truy cập — Đảng ủy xã An Hòa'],
      ['Từ ngày 10/01/2026 đến ngày 12/01/2026'],
      REPORT_HEADERS.category,
      [1, 'Tin tức - Sự kiện', 1, 4],
      [undefined, 'Tổng cộng', 1, 4],
    ])
    const days = values(byCategory.getWorksheet('Theo ngày')!)
    expect(days).toEqual([
      ['Ngày', 'Lượt truy cập'],
      ['10/01/2026', 5],
      ['11/01/2026', 0],
      ['12/01/2026', 0],
    ])
    const byAuthor = await fetchFile(`${period}&groupBy=author`, token)
    expect(values(byAuthor.worksheets[0]).slice(2)).toEqual([
      REPORT_HEADERS.author,
      [1, 'editor-in-chief (commune)', 0, 4],
      [undefined, 'Tổng cộng', 0, 4],
    ])
  })

  it('by site for province staff: every site', async () => {
    const book = await fetchFile(`${period}&groupBy=site`, world.actor('reporter', 'all').token)
    const rows = values(book.worksheets[0])
    expect(rows[0]).toEqual(['Báo cáo lượt truy cập — Tất cả trang đơn vị'])
    expect(rows.slice(2)).toEqual([
      REPORT_HEADERS.site,
      [1, 'Tỉnh ủy Vĩnh An', 2000 + 1 + 1 + 900, 300],
      [2, 'Đảng ủy xã An Hòa', 5, 4],
      [undefined, 'Tổng cộng', 2000 + 1 + 1 + 900 + 5, 304],
    ])
  })

  it('answers 401 signed out, 403 without a role there, 400 in Vietnamese for bad input', async () => {
    expect((await get(period)).status).toBe(401)
    // Every account needs a role (defaultRoles); one whose roles were taken away holds none.
    const nobody = await payload.create({
      collection: 'users',
      data: {
        email: 'khong-vai-tro@vinhan.example.vn',
        password: PASSWORD,
        name: 'Không vai trò',
        roles: ['reporter'],
      },
    })
    await pool.query('DELETE FROM users_roles WHERE parent_id = $1', [nobody.id])
    const noRole = await login(payload, nobody.email, PASSWORD)
    expect((await get(period, noRole)).status).toBe(403)
    const communeReporter = world.actor('reporter', 'commune').token
    const other = await get(`${period}&site=${world.sites.main.id}`, communeReporter)
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toMatch(/không có quyền/)
    const perSite = await get(`${period}&groupBy=site`, world.actor('admin', 'commune').token)
    expect(perSite.status).toBe(403)
    const badDate = await get('from=2026-02-30&to=2026-03-01', communeReporter)
    expect(badDate.status).toBe(400)
    expect(badDate.body.errors[0].message).toMatch(/Ngày không hợp lệ/)
    expect((await get('groupBy=nam', communeReporter)).status).toBe(400)
  })

  it('a commune reporter addressing the province gets their own site, nothing of the province', async () => {
    const book = await fetchFile(
      `${period}&groupBy=author`,
      world.actor('reporter', 'commune').token,
      { 'x-portal-site': world.sites.main.slug },
    )
    const rows = values(book.worksheets[0])
    expect(rows[0]).toEqual(['Báo cáo lượt truy cập — Đảng ủy xã An Hòa'])
    expect(rows.flat().join(' ')).not.toContain('(main)')
  })
})
