import ExcelJS from 'exceljs'
import { mkdtempSync, chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getFreePort } from '../src/launcher/ports'
import { currentTotp } from '../src/twoFactor/totp'
import {
  adminLogin,
  clickUntil,
  cspViolations,
  launchChromium,
  workflowStateOf,
} from './helpers/browser'
import {
  freshEnv,
  stopLauncher,
  loginOverHttp,
  repo,
  startLauncher,
  waitForOutput,
} from './helpers/launcher'
import { linkIn, startTestSmtp, type TestSmtp } from './helpers/smtp'

/**
 * The admin in Debian's Chromium on the production server (`npm start`, the shared build): what
 * the editor-in-chief sees first (no request leaves our origin, initials instead of Gravatar, the
 * portal's name, the overdue banner), and "Quên mật khẩu" end to end through a real SMTP server.
 * JOBS_WORKER=0: no worker runs here, as when it has stalled, so a scheduled article stays overdue.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-admin-e2e-'))
chmodSync(dataDir, 0o755)
const PASSWORD = 'Mat-khau-admin-e2e-1'
const shots = path.join(process.cwd(), 'test-results', 'screenshots')
const NEW_PASSWORD = 'Mat-khau-moi-e2e-2'
let base: string
let server: ReturnType<typeof startLauncher>
let smtp: TestSmtp
let browser: Browser
/** The portal's name as the main site's settings hold it (the demo content sets one). */
let portalName: string

const engines = () =>
  JSON.parse(readFileSync(path.join(dataDir, 'engines.json'), 'utf8')).env as Record<string, string>

async function sql(query: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: engines().DATABASE_URL })
  await client.connect()
  try {
    return (await client.query(query, params)).rows
  } finally {
    await client.end()
  }
}

async function api(token: string, method: string, p: string, body?: unknown) {
  const res = await fetch(base + p, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json().catch(() => null) }
}

beforeAll(async () => {
  smtp = await startTestSmtp('portal', 'smtp-pass-e2e')
  const port = await getFreePort()
  base = `http://127.0.0.1:${port}`
  server = startLauncher(
    'start',
    freshEnv({
      PORTAL_DATA_DIR: dataDir,
      PORT: String(port),
      DEMO_PASSWORD: PASSWORD,
      SERVER_URL: base,
      JOBS_WORKER: '0',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_USER: 'portal',
      SMTP_PASS: 'smtp-pass-e2e',
      SMTP_FROM: 'Cổng thông tin <no-reply@congthongtin.example.vn>',
    }),
  )
  await waitForOutput(server, /Cổng thông tin: http:\/\/localhost:\d+/, 180_000)
  const main = await (await fetch(`${base}/api/sites?where[parent][exists]=false`)).json()
  portalName = main.docs[0].settings.portalName
  expect(portalName).toBeTruthy()
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await stopLauncher(server?.child)
  await smtp?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Every request the page makes, with whether its image (if any) loaded. */
function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

const brokenImages = (page: Page) =>
  page.$$eval('img', (imgs) =>
    imgs.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
  )

describe('the admin, first impression (editor-in-chief, 1366 px)', () => {
  it(
    'makes no request outside our origin, shows initials and the portal name, and flags an overdue scheduled article',
    { timeout: 240_000 },
    async () => {
      const chief = await loginOverHttp(base, 'chief@example.org', PASSWORD)
      // A scheduled article whose time passed 10 minutes ago, never published (no worker here).
      const category = (await api(chief, 'GET', '/api/categories?limit=1')).body.docs[0].id
      const created = await api(chief, 'POST', '/api/articles?draft=true', {
        title: 'Hội nghị hẹn giờ bị treo',
        summary: 'Tin hẹn giờ.',
        category,
        _status: 'draft',
      })
      const id = created.body.doc.id
      expect(
        (await api(chief, 'POST', `/api/articles/${id}/transition`, { to: 'in_review' })).status,
      ).toBe(200)
      const scheduled = await api(chief, 'POST', `/api/articles/${id}/transition`, {
        to: 'published',
        publishedAt: new Date(Date.now() + 3_600_000).toISOString(),
      })
      expect(scheduled.body.scheduled).toBe(true)
      await sql(`UPDATE articles SET published_at = now() - interval '10 minutes' WHERE id = $1`, [
        id,
      ])
      await sql(
        `UPDATE _articles_v SET version_published_at = now() - interval '10 minutes' WHERE parent_id = $1`,
        [id],
      )

      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale: 'vi-VN',
      })
      const page = await context.newPage()
      const urls = recordRequests(page)
      await adminLogin(page, base, 'chief@example.org', PASSWORD)
      const pages = [
        '/admin',
        '/admin/collections/articles',
        `/admin/collections/articles/${id}`,
        '/admin/collections/users',
      ]
      const seen: Record<string, { avatar: string; icon: string | null; broken: string[] }> = {}
      for (const p of pages) {
        await page.goto(base + p, { waitUntil: 'networkidle', timeout: 120_000 })
        seen[p] = {
          avatar: (await page.textContent('.app-header__account .portal-avatar'))!.trim(),
          icon: await page.getAttribute('.portal-icon', 'aria-label'),
          broken: await brokenImages(page),
        }
      }
      const expected = { avatar: 'LQ', icon: portalName, broken: [] }
      expect(seen).toEqual(Object.fromEntries(pages.map((p) => [p, expected])))

      const origin = new URL(base).origin
      const outside = urls.filter(
        (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
      )
      expect(urls.length).toBeGreaterThan(20)
      expect(outside).toEqual([])

      for (const p of ['/admin', '/admin/collections/articles']) {
        await page.goto(base + p, { waitUntil: 'networkidle' })
        const banner = page.locator('.overdue-scheduled')
        expect(await banner.locator('strong').textContent()).toBe('Bài hẹn giờ quá hạn: 1')
        expect(await banner.locator('a').getAttribute('href')).toBe(
          `/admin/collections/articles/${id}`,
        )
        expect(await banner.locator('a').textContent()).toBe('Hội nghị hẹn giờ bị treo')
      }
      // Over HTTP on the production server: our route (not Payload's catch-all), never cached.
      const answer = await fetch(`${base}/api/health`)
      expect(answer.status).toBe(200)
      expect(answer.headers.get('cache-control')).toMatch(/no-store/)
      const health = await answer.json()
      expect(health).toMatchObject({
        status: 'ok',
        database: 'up',
        search: 'up',
        jobs: { overdue: 1 },
      })
      await context.close()
    },
  )

  it("the login page shows the portal name and emblem, not Payload's logo", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const page = await context.newPage()
    await page.goto(`${base}/admin/login`, { waitUntil: 'networkidle', timeout: 120_000 })
    expect((await page.textContent('.portal-logo'))!.trim()).toBe(portalName)
    expect(await page.locator('.portal-logo .portal-emblem').count()).toBe(1)
    expect(await page.locator('.graphic-logo').count()).toBe(0)
    await context.close()
  })
})

describe('"Quên mật khẩu" from the admin login', () => {
  it(
    'mails a Vietnamese reset link; following it sets a new password that signs in, the old one fails',
    { timeout: 240_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const page = await context.newPage()
      await page.goto(`${base}/admin/login`, { waitUntil: 'networkidle', timeout: 120_000 })
      await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
      await page.waitForURL(/\/admin\/forgot$/)
      await page.fill('#field-email', 'editor@example.org')
      await page.click('button[type=submit]')

      const mail = await smtp.waitForMail(
        (m) => m.to !== undefined && !Array.isArray(m.to) && m.to.text === 'editor@example.org',
        60_000,
      )
      expect(mail.subject).toBe(`Đặt lại mật khẩu — ${portalName}`)
      expect(mail.text).toContain('Xin chào Phạm Thu Hà,')
      const link = linkIn(mail, new RegExp(`${base.replace(/[.:/]/g, '\\$&')}/admin/reset/\\S+`))

      await page.goto(link, { waitUntil: 'networkidle', timeout: 120_000 })
      await page.fill('#field-password', NEW_PASSWORD)
      await page.fill('#field-confirm-password', NEW_PASSWORD)
      await page.click('button[type=submit]')
      // Payload signs the user in after a reset and opens the dashboard.
      await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
      await context.close()

      const login = (password: string) =>
        fetch(`${base}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'editor@example.org', password }),
        })
      expect((await login(PASSWORD)).status).toBe(401)
      const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const again = await fresh.newPage()
      await adminLogin(again, base, 'editor@example.org', NEW_PASSWORD)
      expect((await again.textContent('.app-header__account .portal-avatar'))!.trim()).toBe('PH')
      await fresh.close()
      expect((await login(NEW_PASSWORD)).status).toBe(200)
    },
  )
})

describe("sites in the admin: a commune's chief and the province's chief", () => {
  it(
    "the commune chief sees their site's articles and counts only, proposes up once; the province chief accepts in the proposals list",
    { timeout: 300_000 },
    async () => {
      const admin = await loginOverHttp(base, 'admin@example.org', PASSWORD)
      const site = await api(admin, 'POST', '/api/sites', {
        name: 'Đảng ủy xã Tân Phước',
        slug: 'xa-tan-phuoc',
      })
      expect(site.status).toBe(201)
      const siteId = site.body.doc.id
      const user = await api(admin, 'POST', '/api/users', {
        email: 'bithu@tanphuoc.test',
        password: PASSWORD,
        name: 'Bí thư Tân Phước',
        roles: [],
        sites: [{ site: siteId, roles: ['editor-in-chief'] }],
      })
      expect(user.status).toBe(201)
      const communeChief = await loginOverHttp(base, 'bithu@tanphuoc.test', PASSWORD)
      const category = await api(admin, 'POST', '/don-vi/xa-tan-phuoc/api/categories', {
        title: 'Tin Tân Phước',
      })
      expect(category.status).toBe(201)
      const created = await api(communeChief, 'POST', '/don-vi/xa-tan-phuoc/api/articles', {
        title: 'Tân Phước ra mắt mô hình chi bộ thông minh',
        summary: 'Tin của xã.',
        category: category.body.doc.id,
        _status: 'draft',
      })
      const id = created.body.doc.id
      for (const to of ['in_review', 'published'])
        expect(
          (await api(communeChief, 'POST', `/api/articles/${id}/transition`, { to })).status,
        ).toBe(200)

      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const page = await context.newPage()
      await adminLogin(page, base, 'bithu@tanphuoc.test', PASSWORD)
      await page.goto(`${base}/admin/collections/articles`, { timeout: 120_000 })
      await page.locator('.table tbody tr').first().waitFor({ timeout: 60_000 })
      expect(await page.locator('.table tbody tr').count()).toBe(1)
      // The state counts are the commune's, not the province's.
      expect(await page.textContent('[data-state="published"] strong')).toBe('1')
      expect(await page.textContent('[data-state="in_review"] strong')).toBe('0')

      await page.goto(`${base}/admin/collections/articles/${id}`, { timeout: 120_000 })
      const propose = page.getByRole('button', { name: 'Đề xuất lên trang cấp trên' })
      await propose.waitFor({ timeout: 60_000 })
      // No commune below this one: nothing to share down to.
      expect(await page.getByRole('button', { name: /Chia sẻ xuống/ }).count()).toBe(0)
      await propose.click()
      await page.getByText('Đã đề xuất lên trang cấp trên, đang chờ duyệt.').waitFor()
      await page.reload()
      await page.getByText('Đã đề xuất lên trang cấp trên, đang chờ duyệt.').waitFor()
      expect(await propose.count()).toBe(0)
      await context.close()

      const province = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const chiefPage = await province.newPage()
      await adminLogin(chiefPage, base, 'chief@example.org', PASSWORD)
      await chiefPage.goto(`${base}/admin/collections/share-proposals`, { timeout: 120_000 })
      const row = chiefPage.locator('.table tbody tr', { hasText: 'Tân Phước ra mắt' })
      await row.waitFor({ timeout: 60_000 })
      await row.locator('a').first().click()
      const accept = chiefPage.getByRole('button', { name: 'Nhận tin vào trang' })
      const reloaded = chiefPage.waitForEvent('load', { timeout: 60_000 })
      await accept.click()
      // Once the server has accepted, the panel reloads the page: it then reads "Đã nhận", with
      // nothing left to decide. Closing the context during that reload hung Chromium under load.
      await reloaded
      await chiefPage.getByText('Đã nhận', { exact: true }).first().waitFor({ timeout: 60_000 })
      expect(await accept.count()).toBe(0)
      await expect
        .poll(async () => {
          const { body } = await api(
            admin,
            'GET',
            `/api/share-proposals?where[article][equals]=${id}`,
          )
          return body.docs.map((p: { status: string }) => p.status)
        })
        .toEqual(['accepted'])
      await province.close()
    },
  )
})

describe('the editorial board and the moderator at work in the admin', () => {
  it(
    'a reporter submits, the chief returns it with a note, then publishes; the history says so',
    { timeout: 300_000 },
    async () => {
      const reporter = await loginOverHttp(base, 'reporter@example.org', PASSWORD)
      const category = (await api(reporter, 'GET', '/api/categories?limit=1&sort=id')).body.docs[0]
        .id
      const created = await api(reporter, 'POST', '/api/articles', {
        title: 'Bài thử quy trình trong trình duyệt',
        category,
      })
      expect(created.status).toBe(201)
      const { id, slug } = created.body.doc
      // An English browser still gets the Vietnamese admin.
      const reporterContext = await browser.newContext({ locale: 'en-US' })
      const asReporter = await reporterContext.newPage()
      await adminLogin(asReporter, base, 'reporter@example.org', PASSWORD)
      await asReporter.goto(`${base}/admin/collections/articles/${id}`, { timeout: 120_000 })
      await expect.poll(() => workflowStateOf(asReporter), { timeout: 60_000 }).toBe('Nháp')
      expect(await asReporter.getByRole('button', { name: 'Xuất bản', exact: true }).count()).toBe(
        0,
      )
      expect(
        await asReporter.getByRole('button', { name: /Xuất bản tài liệu|Publish/ }).count(),
      ).toBe(0)
      await clickUntil(
        asReporter,
        'Gửi duyệt',
        async () => (await workflowStateOf(asReporter)) === 'Chờ duyệt',
      )
      await reporterContext.close()

      const chiefContext = await browser.newContext()
      const asChief = await chiefContext.newPage()
      await adminLogin(asChief, base, 'chief@example.org', PASSWORD)
      await asChief.goto(`${base}/admin/collections/articles/${id}`, { timeout: 120_000 })
      await clickUntil(
        asChief,
        'Trả lại',
        async () => (await asChief.getByRole('alert').filter({ hasText: 'lý do' }).count()) === 1,
      )
      await asChief.fill('#workflow-note', 'Bổ sung nguồn tin')
      await clickUntil(asChief, 'Trả lại', async () => (await workflowStateOf(asChief)) === 'Nháp')
      expect(
        (await api(reporter, 'POST', `/api/articles/${id}/transition`, { to: 'in_review' })).status,
      ).toBe(200)
      await asChief.reload()
      await clickUntil(
        asChief,
        'Xuất bản',
        async () => (await workflowStateOf(asChief)) === 'Đã xuất bản',
      )
      await expect
        .poll(() => asChief.getByText('Bổ sung nguồn tin').count(), { timeout: 30_000 })
        .toBeGreaterThan(0)
      expect(await asChief.getByRole('cell', { name: 'Lê Minh Quang' }).count()).toBeGreaterThan(0)
      await chiefContext.close()

      expect((await fetch(`${base}/tin-tuc/${slug}`)).status).toBe(200)
      const history = await api(reporter, 'GET', `/api/articles/${id}/history`)
      expect(history.body.docs.map((h: { to: string }) => h.to)).toEqual([
        'in_review',
        'draft',
        'in_review',
        'published',
      ])
    },
  )

  it(
    '"Việc của tôi" is the dashboard; the reporter reads the return and the publication in "Thông báo" and marks them read',
    { timeout: 240_000 },
    async () => {
      const title = 'Bài thử quy trình trong trình duyệt'
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'vi-VN',
      })
      const page = await context.newPage()
      await adminLogin(page, base, 'reporter@example.org', PASSWORD)
      await page.goto(`${base}/admin`, { waitUntil: 'networkidle', timeout: 120_000 })
      expect((await page.locator('.my-work h1').textContent())!.trim()).toBe('Việc của tôi')
      for (const [id, heading] of [
        ['toReview', 'Chờ tôi duyệt'],
        ['returned', 'Bị trả lại cho tôi'],
        ['assigned', 'Được giao cho tôi'],
        ['overdue', 'Quá hạn'],
      ])
        expect(await page.locator(`[data-testid="my-work-${id}"] h2`).textContent()).toMatch(
          new RegExp(`^${heading} \\(\\d+\\)$`),
        )
      // Payload's grid of collection cards is gone.
      expect(await page.locator('.dashboard .card').count()).toBe(0)
      mkdirSync(shots, { recursive: true })
      await page.screenshot({
        path: path.join(shots, 'admin-my-work-reporter.png'),
        fullPage: true,
      })

      const link = page.getByTestId('notifications-link')
      const unread = async () => Number(/\((\d+)\)/.exec((await link.textContent()) ?? '')![1])
      expect(await unread()).toBeGreaterThanOrEqual(2)
      await page.goto(`${base}/admin/thong-bao`, { waitUntil: 'networkidle', timeout: 120_000 })
      expect(
        await page.getByText(`Bài "${title}" bị trả lại. Lý do: Bổ sung nguồn tin`).count(),
      ).toBe(1)
      expect(await page.getByText(`Bài "${title}" đã được duyệt xuất bản.`).count()).toBe(1)
      await page.screenshot({ path: path.join(shots, 'admin-notifications.png'), fullPage: true })
      await clickUntil(page, 'Đánh dấu tất cả đã đọc', async () => (await unread()) === 0)
      await context.close()

      const chief = await browser.newContext({ viewport: { width: 1366, height: 900 } })
      const asChief = await chief.newPage()
      await adminLogin(asChief, base, 'chief@example.org', PASSWORD)
      await asChief.goto(`${base}/admin`, { waitUntil: 'networkidle', timeout: 120_000 })
      await asChief.locator('[data-testid="my-work-toReview"]').waitFor()
      await asChief.screenshot({
        path: path.join(shots, 'admin-my-work-chief.png'),
        fullPage: true,
      })
      await chief.close()
    },
  )

  it(
    'a moderator approves a pending comment from the queue, and it shows on the article',
    { timeout: 300_000 },
    async () => {
      const article = (
        await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)).json()
      ).docs[0]
      const text = 'Ý kiến chờ kiểm duyệt trong hàng đợi'
      const posted = await fetch(`${base}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          article: article.id,
          authorName: 'Bạn đọc thử',
          content: text,
          consent: true,
        }),
      })
      expect(posted.status).toBe(201)
      const commentId = (await posted.json()).doc.id
      const articleHtml = () => fetch(`${base}/tin-tuc/${article.slug}`).then((r) => r.text())
      expect((await articleHtml()).includes(text)).toBe(false)

      const context = await browser.newContext()
      const page = await context.newPage()
      await adminLogin(page, base, 'moderator@example.org', PASSWORD)
      await expect
        .poll(() => page.getByRole('link', { name: /Bình luận chờ duyệt \(\d+\)/ }).count(), {
          timeout: 60_000,
        })
        .toBeGreaterThan(0)
      await page.goto(`${base}/admin/binh-luan-cho-duyet`, { timeout: 120_000 })
      const row = page.locator(`[data-comment-id="${commentId}"]`)
      await row.waitFor({ timeout: 60_000 })
      await clickUntilGone(row.getByRole('button', { name: 'Duyệt', exact: true }), row)
      await context.close()
      await expect
        .poll(async () => (await articleHtml()).includes(text), { timeout: 30_000 })
        .toBe(true)
    },
  )

  it(
    'a moderator closes one article’s comments: "Bình luận đã đóng" instead of the form, POST 400; reopened, the form is back',
    { timeout: 180_000 },
    async () => {
      const article = (
        await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)).json()
      ).docs[0]
      const moderator = await loginOverHttp(base, 'moderator@example.org', PASSWORD)
      const reporter = await loginOverHttp(base, 'reporter@example.org', PASSWORD)
      const page = () => fetch(`${base}/tin-tuc/${article.slug}`).then((r) => r.text())
      const form = 'id="binh-luan-noi-dung-moi"'
      expect(await page()).toContain(form)
      const set = (token: string, state: string) =>
        api(token, 'POST', '/api/comments/closing', { article: article.id, state })
      expect((await set(reporter, 'closed')).status).toBe(403)
      const closed = await set(moderator, 'closed')
      expect(closed.status).toBe(200)
      expect(closed.body).toMatchObject({ state: 'closed', closed: true })
      await expect.poll(page, { timeout: 30_000 }).toContain('Bình luận đã đóng')
      expect(await page()).not.toContain(form)
      const refused = await fetch(`${base}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          article: article.id,
          authorName: 'Bạn đọc',
          content: 'Bình luận khi đã đóng',
          consent: true,
        }),
      })
      expect(refused.status).toBe(400)
      expect((await refused.json()).errors[0].message).toBe('Bình luận đã đóng.')
      expect((await set(moderator, 'auto')).body).toMatchObject({ state: 'auto', closed: false })
      await expect.poll(page, { timeout: 30_000 }).toContain(form)
    },
  )

  it(
    'the queue wraps a 500-character word inside its card and approves with the A key',
    { timeout: 300_000 },
    async () => {
      const article = (
        await (await fetch(`${base}/api/articles?limit=1&depth=0&sort=-publishedAt`)).json()
      ).docs[0]
      const posted = await fetch(`${base}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          article: article.id,
          authorName: 'Bạn đọc gõ liền',
          content: 'ư'.repeat(500),
          consent: true,
        }),
      })
      expect(posted.status).toBe(201)
      const commentId = (await posted.json()).doc.id
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
      const page = await context.newPage()
      await adminLogin(page, base, 'moderator@example.org', PASSWORD)
      await page.goto(`${base}/admin/binh-luan-cho-duyet`, { timeout: 120_000 })
      const row = page.locator(`[data-comment-id="${commentId}"]`)
      await row.waitFor({ timeout: 60_000 })
      await page.getByText(/Phím tắt:/).waitFor({ timeout: 30_000 })
      const overflow = await row.evaluate((li) => {
        const text = li.querySelector('.mq-item__content') as HTMLElement
        return {
          row: [li.scrollWidth, li.clientWidth],
          text: [text.scrollWidth, text.clientWidth],
          page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
        }
      })
      for (const [scroll, client] of Object.values(overflow))
        expect(scroll).toBeLessThanOrEqual(client)
      await page.screenshot({
        path: path.join(process.cwd(), 'test-results', 'screenshots', 'moderation-queue.png'),
        fullPage: true,
      })
      const deadline = Date.now() + 120_000
      while ((await row.count()) > 0) {
        if (Date.now() > deadline) throw new Error('the A key did not approve the comment in 120 s')
        await row.focus().catch(() => {})
        await page.keyboard.press('a')
        await page.waitForTimeout(1500)
      }
      const moderator = await loginOverHttp(base, 'moderator@example.org', PASSWORD)
      const stored = await api(moderator, 'GET', `/api/comments/${commentId}`)
      expect(stored.body.status).toBe('approved')
      await context.close()
    },
  )
})

/** Clicks until `gone` has left the page (a click before hydration does nothing). */
async function clickUntilGone(button: Locator, gone: Locator) {
  const deadline = Date.now() + 120_000
  while ((await gone.count()) > 0) {
    if (Date.now() > deadline) throw new Error('the row is still in the queue after 120 s')
    await button.click({ timeout: 30_000 }).catch(() => {})
    await gone.page().waitForTimeout(1500)
  }
}

describe('English pages in the admin', () => {
  it(
    'warns on the English version, and in the list, when the Vietnamese changed after it',
    { timeout: 180_000 },
    async () => {
      // The editor's password is NEW_PASSWORD since the "Quên mật khẩu" test above.
      const editor = await loginOverHttp(base, 'editor@example.org', NEW_PASSWORD)
      const created = await api(editor, 'POST', '/api/pages?locale=vi', {
        title: 'Quy chế làm việc',
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const english = await api(editor, 'PATCH', `/api/pages/${id}?locale=en`, {
        title: 'Working rules',
      })
      expect(english.body.doc.englishStale).toBe(false)
      const changed = await api(editor, 'PATCH', `/api/pages/${id}?locale=vi`, {
        title: 'Quy chế làm việc (sửa đổi)',
      })
      expect(changed.body.doc.englishStale).toBe(true)

      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const page = await context.newPage()
      await adminLogin(page, base, 'editor@example.org', NEW_PASSWORD)
      const warning = page
        .getByRole('status')
        .filter({ hasText: 'Bản tiếng Anh cũ hơn bản tiếng Việt' })
      await page.goto(`${base}/admin/collections/pages/${id}?locale=en`, { timeout: 120_000 })
      await warning.waitFor({ timeout: 60_000 })
      await page.goto(`${base}/admin/collections/pages/${id}?locale=vi`, { timeout: 120_000 })
      await page.getByTestId('workflow-state').waitFor({ timeout: 60_000 })
      expect(await warning.count()).toBe(0)
      await page.goto(`${base}/admin/collections/pages`, { timeout: 120_000 })
      const row = page.locator('.table tbody tr', { hasText: 'Quy chế làm việc (sửa đổi)' })
      await row.waitFor({ timeout: 60_000 })
      expect(await row.getByText('Bản tiếng Anh cũ hơn', { exact: true }).count()).toBe(1)
      await context.close()
    },
  )
})

describe('two editors and a correction in the admin', () => {
  it(
    'the second editor is told who holds the article; the chief compares a correction with the live text',
    { timeout: 300_000 },
    async () => {
      const admin = await loginOverHttp(base, 'admin@example.org', PASSWORD)
      const chief = await loginOverHttp(base, 'chief@example.org', PASSWORD)
      const category = (await api(admin, 'GET', '/api/categories?limit=1&sort=id')).body.docs[0].id
      const write = async (title: string) => {
        const created = await api(admin, 'POST', '/api/articles', { title, category })
        expect(created.status).toBe(201)
        return created.body.doc.id as number
      }
      // A live article with a correction waiting for the chief.
      const live = await write('Hội nghị tổng kết công tác năm')
      for (const to of ['in_review', 'published'])
        expect((await api(admin, 'POST', `/api/articles/${live}/transition`, { to })).status).toBe(
          200,
        )
      const draft = await api(admin, 'PATCH', `/api/articles/${live}?draft=true`, {
        title: 'Hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027',
        summary: 'Bản đính chính: bổ sung thời gian và nhiệm vụ.',
      })
      expect(draft.status).toBe(200)
      expect(
        (await api(admin, 'POST', `/api/articles/${live}/transition`, { to: 'in_review' })).body,
      ).toMatchObject({ state: 'published', correction: 'in_review' })
      const held = await write('Bài đang có người sửa')

      // The chief starts editing one article: Payload locks it for them.
      const chiefContext = await browser.newContext({ viewport: { width: 1366, height: 900 } })
      const asChief = await chiefContext.newPage()
      await adminLogin(asChief, base, 'chief@example.org', PASSWORD)
      await asChief.goto(`${base}/admin/collections/articles/${held}`, { timeout: 120_000 })
      const title = asChief.locator('#field-title')
      await title.waitFor({ timeout: 60_000 })
      await expect
        .poll(
          async () => {
            await title.pressSequentially('!', { delay: 50 })
            // Each keystroke aborts the form-state request before it (which takes the lock):
            // under load, typing without a pause never let one finish.
            await asChief.waitForTimeout(1500)
            const locks = await api(
              admin,
              'GET',
              `/api/payload-locked-documents?where[document.value][equals]=${held}&depth=0`,
            )
            return locks.body?.totalDocs ?? 0
          },
          { timeout: 60_000 },
        )
        .toBe(1)

      // The admin opens it too: told in Vietnamese who is editing; their save is refused meanwhile.
      const adminContext = await browser.newContext({ viewport: { width: 1366, height: 900 } })
      const asAdmin = await adminContext.newPage()
      await adminLogin(asAdmin, base, 'admin@example.org', PASSWORD)
      await asAdmin.goto(`${base}/admin/collections/articles/${held}`, { timeout: 120_000 })
      const modal = asAdmin.locator('.document-locked')
      await modal.waitFor({ timeout: 60_000 })
      expect(await modal.textContent()).toContain('Tài liệu bị khóa')
      expect(await modal.textContent()).toContain('chief@example.org')
      expect(await modal.textContent()).toContain('đang chỉnh sửa tài liệu này')
      expect(await modal.getByRole('button', { name: 'Tiếp quản' }).count()).toBe(1)
      const refused = await api(admin, 'PATCH', `/api/articles/${held}`, { summary: 'Ghi đè' })
      expect(refused.status).toBe(423)
      await adminContext.close()

      // The chief opens the corrected article: the sidebar says a correction waits and links to
      // Payload's comparison of the live and proposed versions.
      const review = await chiefContext.newPage()
      await review.goto(`${base}/admin/collections/articles/${live}`, { timeout: 120_000 })
      await review.getByTestId('correction-state').waitFor({ timeout: 60_000 })
      expect(await review.getByTestId('correction-state').textContent()).toContain(
        'Bản đính chính chờ duyệt',
      )
      const link = review.getByTestId('correction-diff')
      await link.waitFor({ timeout: 60_000 })
      await link.click()
      await review.waitForURL(/\/versions\/\d+\?versionFrom=\d+/, { timeout: 60_000 })
      await review.getByText('Bản đính chính: bổ sung thời gian và nhiệm vụ.').first().waitFor({
        timeout: 60_000,
      })
      const shots = path.join(repo, 'test-results', 'screenshots')
      mkdirSync(shots, { recursive: true })
      await review.screenshot({ path: path.join(shots, 'correction-diff.png'), fullPage: true })
      await chiefContext.close()
      // Readers still get the live title until the chief publishes.
      const { body } = await api(chief, 'GET', `/api/articles/${live}`)
      expect(body.title).toBe('Hội nghị tổng kết công tác năm')
    },
  )
})

describe('Thống kê truy cập: the beacon in Chromium, the footer, /admin/thong-ke', () => {
  it(
    'counts a page view from its beacon (cached page or not), shows the counter and the staff charts',
    { timeout: 240_000 },
    async () => {
      const [article] = await sql(
        `SELECT a.id, a.slug FROM articles a JOIN sites s ON s.id = a.site_id
          WHERE a._status = 'published' AND s.parent_id IS NULL ORDER BY a.published_at DESC LIMIT 1`,
      )
      const path = `/tin-tuc/${article.slug}`
      const views = async () =>
        Number(
          (await sql('SELECT views FROM article_stats WHERE article_id = $1', [article.id]))[0]
            ?.views ?? 0,
        )
      const before = await views()
      // Headless Chromium says "HeadlessChrome", which isbot rightly calls a bot.
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
      })
      const page = await context.newPage()
      const beacon = page.waitForResponse((r) => r.url().endsWith('/api/stats/hit'))
      await page.goto(base + path, { waitUntil: 'networkidle', timeout: 120_000 })
      expect((await beacon).status()).toBe(204)
      expect(await context.cookies()).toEqual([])
      const footer = (await page.textContent('.visit-counter'))!
      for (const label of ['Đang truy cập', 'Hôm nay', 'Tháng này', 'Tổng lượt truy cập'])
        expect(footer).toContain(label)
      // Counted by the next flush (every 2 s), not by the render.
      const deadline = Date.now() + 15_000
      while ((await views()) === before && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250))
      expect(await views()).toBe(before + 1)
      const [day] = await sql(
        `SELECT sum(visits)::int AS visits FROM visit_page_days WHERE path = $1`,
        [path],
      )
      expect(day.visits).toBe(1)
      // The figures are read at most every 5 s: the footer's read before the beacon may answer.
      let summary = await fetch(`${base}/api/stats/summary`)
      expect(summary.headers.get('cache-control')).toBe('public, max-age=5, s-maxage=5')
      while ((await summary.clone().json()).today === 0 && Date.now() < deadline + 10_000) {
        await new Promise((r) => setTimeout(r, 500))
        summary = await fetch(`${base}/api/stats/summary`)
      }
      expect(await summary.json()).toMatchObject({ online: 1, today: 1 })
      await context.close()

      // A commune's beacon, answered by the web server ahead of Next, counts for that commune.
      const hit = (prefix: string, body: string) =>
        fetch(`${base}${prefix}/api/stats/hit`, {
          method: 'POST',
          headers: {
            'Content-Type': 'text/plain;charset=UTF-8',
            'User-Agent': 'Mozilla/5.0 Chrome/130.0 e2e-commune',
          },
          body,
        })
      const commune = await (
        await fetch(`${base}/api/sites?where[slug][equals]=xa-tan-phuoc`)
      ).json()
      const communeId = commune.docs[0].id
      expect((await hit('/don-vi/xa-tan-phuoc', '{"path":"/gioi-thieu"}')).status).toBe(204)
      const bad = await hit('/don-vi/xa-tan-phuoc', 'khong-phai-json')
      expect(bad.status).toBe(400)
      expect((await bad.json()).errors[0].message).toContain('không hợp lệ')
      expect((await hit('', JSON.stringify({ path: '/' + 'a'.repeat(3000) }))).status).toBe(400)
      const communeVisits = async () =>
        (
          await sql(
            `SELECT coalesce(sum(visits), 0)::int AS n FROM visit_page_days WHERE site_id = $1 AND path = '/gioi-thieu'`,
            [communeId],
          )
        )[0].n
      const until = Date.now() + 15_000
      while ((await communeVisits()) === 0 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 250))
      expect(await communeVisits()).toBe(1)

      const staff = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        acceptDownloads: true,
      })
      const admin = await staff.newPage()
      await adminLogin(admin, base, 'chief@example.org', PASSWORD)
      await admin.goto(`${base}/admin/thong-ke`, { waitUntil: 'networkidle', timeout: 120_000 })
      expect(await admin.textContent('h1')).toBe('Thống kê truy cập')
      expect(await admin.locator('nav a[href="/admin/thong-ke"]').count()).toBe(1)
      expect(await admin.locator('canvas').count()).toBeGreaterThanOrEqual(3)
      expect(await admin.getByTestId('visit-total').textContent()).toContain('1 lượt truy cập')
      // The Excel link downloads the report with the signed-in browser's cookie.
      const [download] = await Promise.all([
        admin.waitForEvent('download', { timeout: 60_000 }),
        admin.getByRole('link', { name: 'theo chuyên mục' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^thong-ke-\d{4}-\d\d-\d\d-.*-category\.xlsx$/)
      const book = new ExcelJS.Workbook()
      await book.xlsx.readFile((await download.path())!)
      expect(book.worksheets.map((w) => w.name)).toEqual(['Theo chuyên mục', 'Theo ngày'])
      await staff.close()
    },
  )
})

describe('Xác thực hai lớp in the admin', () => {
  it(
    'turned on from the menu page (QR, code, recovery codes once); the login form then asks for the code',
    { timeout: 240_000 },
    async () => {
      const admin = await loginOverHttp(base, 'admin@example.org', PASSWORD)
      const email = 'hai-lop@example.org'
      const created = await api(admin, 'POST', '/api/users', {
        email,
        password: PASSWORD,
        name: 'Đỗ Văn Tâm',
        roles: ['editor'],
      })
      expect(created.status).toBe(201)

      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const page = await context.newPage()
      await adminLogin(page, base, email, PASSWORD)
      await page.goto(`${base}/admin/account`, { timeout: 120_000 })
      const link = page.locator('a[href="/admin/xac-thuc-hai-lop"]')
      await expect.poll(() => link.count(), { timeout: 60_000 }).toBeGreaterThan(0)
      await page.goto(`${base}/admin/xac-thuc-hai-lop`, { timeout: 120_000 })
      await page.getByRole('button', { name: 'Tạo mã QR' }).click()
      const qr = page.getByAltText('Mã QR để thêm tài khoản vào ứng dụng xác thực')
      await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240)
      const secret = (await page.getByTestId('two-factor-secret').textContent())!.trim()
      await page.fill('#field-setup-code', '000000')
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click()
      await expect
        .poll(() => page.locator('p[role=alert]').textContent())
        .toContain('Mã không đúng')
      await page.fill('#field-setup-code', currentTotp(secret))
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click()
      const codes = page.getByTestId('recovery-codes').locator('li')
      await expect.poll(() => codes.count()).toBe(10)
      const recovery = (await codes.first().textContent())!.trim()
      await page.getByRole('button', { name: 'Tôi đã lưu các mã này' }).click()
      await expect
        .poll(() => page.getByTestId('two-factor-state').textContent())
        .toContain('Đang bật')
      await context.close()

      // Signing in again: the password, then the code the form now asks for.
      const again = await browser.newContext({ viewport: { width: 1366, height: 768 } })
      const login = await again.newPage()
      await login.goto(`${base}/admin/login`, { timeout: 120_000 })
      await login.fill('#field-email', email)
      await login.fill('#field-password', PASSWORD)
      await login.click('button[type=submit]')
      await login.waitForSelector('#field-code')
      await login.fill('#field-code', '111111')
      await login.click('button[type=submit]')
      await expect.poll(() => login.locator('p[role=alert]').textContent()).toContain('không đúng')
      await login.fill('#field-code', recovery)
      await login.click('button[type=submit]')
      await login.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
      await again.close()

      // And the API gives no session for the password alone.
      const bare = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
      expect(bare.status).toBe(401)
      expect(bare.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]/)
    },
  )
})

describe('the admin cannot be framed, and the browser refuses nothing it needs', () => {
  it(
    "a page on another origin that frames /admin shows nothing of the admin's login",
    { timeout: 120_000 },
    async () => {
      // The attacker's page: another origin (127.0.0.1 on its own port, not localhost:PORT).
      const attacker = createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8')
        res.end(
          `<!doctype html><title>Trúng thưởng</title><iframe id="f" src="${base}/admin/login" width="800" height="600"></iframe>`,
        )
      })
      await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
      const port = (attacker.address() as AddressInfo).port
      const page = await browser.newPage()
      try {
        const refused = page.waitForEvent('console', {
          predicate: (m) => /frame-ancestors|X-Frame-Options/i.test(m.text()),
          timeout: 60_000,
        })
        await page.goto(`http://127.0.0.1:${port}/`, { timeout: 60_000 })
        await refused
        const frame = page.frames().find((f) => f !== page.mainFrame())!
        const fields = await frame
          .locator('input[name="email"], input[type="password"]')
          .count()
          .catch(() => 0)
        expect(fields).toBe(0)
      } finally {
        await page.close()
        attacker.close()
      }
    },
  )

  it('Chromium reported no Content-Security-Policy violation on any admin page these tests opened', () => {
    // The framing test above is a refusal by design (frame-ancestors), not a violation to fix.
    expect(cspViolations.filter((v) => !/frame-ancestors/i.test(v))).toEqual([])
  })
})
