import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { foldVietnamese } from '../../src/lib/vietnamese'
import { launchChromium } from './browser'
import { loginOverHttp, repo } from './launcher'

type Article = {
  id: number
  slug: string
  title: string
  category: { id: number; slug: string; title: string }
}

/**
 * Search as readers use it on a production server with the launcher's own Meilisearch and
 * worker: the seeded articles indexed, /tim-kiem without JavaScript, filters, paging, the empty
 * and the unavailable states. Registered by production.e2e.test.ts.
 */
export function searchPageTests(
  ctx: () => { base: string; password: string; meiliPid: () => number },
) {
  describe('search', () => {
    let base: string
    let chief: string
    let browser: Browser
    const get = async (p: string) => {
      const res = await fetch(base + p)
      return { status: res.status, text: await res.text(), headers: res.headers }
    }
    const api = async (method: string, p: string, body?: unknown) => {
      const res = await fetch(base + p, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${chief}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, body: await res.json().catch(() => null) }
    }
    const publicArticles = async (query = ''): Promise<{ totalDocs: number; docs: Article[] }> =>
      (await fetch(`${base}/api/articles?limit=100&depth=1${query}`).then((r) => r.json())) as never

    beforeAll(async () => {
      ;({ base } = ctx())
      chief = await loginOverHttp(base, 'chief@example.org', ctx().password)
      browser = await launchChromium()
    })
    afterAll(() => browser?.close())

    it('the worker has indexed exactly the published articles the public can read', async () => {
      const published = (await publicArticles()).totalDocs
      expect(published).toBeGreaterThan(10)
      await expect
        .poll(async () => (await fetch(`${base}/api/search?limit=1`).then((r) => r.json())).total, {
          timeout: 30_000,
          interval: 250,
        })
        .toBe(published)
    })

    it('a published article is searchable within seconds, without its tone marks', async () => {
      const { docs } = (
        await api('GET', '/api/articles?where[workflowState][equals]=in_review&limit=1&depth=1')
      ).body
      const article: Article = docs[0]
      const words = foldVietnamese(article.title).toLowerCase().split(/\s+/).slice(0, 5).join(' ')
      const found = async () =>
        (
          (
            await fetch(`${base}/api/search?q=${encodeURIComponent(words)}&limit=50`).then((r) =>
              r.json(),
            )
          ).hits as Article[]
        ).some((h) => h.id === article.id)
      expect(await found()).toBe(false)
      const started = Date.now()
      expect(
        (await api('POST', `/api/articles/${article.id}/transition`, { to: 'published' })).status,
      ).toBe(200)
      await expect.poll(found, { timeout: 10_000, interval: 100 }).toBe(true)
      console.log(`publish → found by /api/search in ${Date.now() - started} ms`)
      expect(
        (await api('POST', `/api/articles/${article.id}/transition`, { to: 'unpublished' })).status,
      ).toBe(200)
      await expect.poll(found, { timeout: 10_000, interval: 100 }).toBe(false)
    })

    it('/tim-kiem works as a plain GET form: highlights, category and date filters, paging', async () => {
      const article = (await publicArticles('&sort=-publishedAt')).docs[0]
      const q = foldVietnamese(article.title).split(/\s+/).slice(0, 6).join(' ')
      const page = await get(`/tim-kiem?q=${encodeURIComponent(q)}`)
      expect(page.status).toBe(200)
      expect(page.text).toContain(`href="/tin-tuc/${article.slug}"`)
      expect(page.text).toMatch(/Tìm thấy [\d.]+ kết quả cho “/)
      expect(page.text).toContain('<mark>')
      expect(page.text).toContain('name="robots" content="noindex, follow"')

      const inCategory = (await publicArticles(`&where[category][equals]=${article.category.id}`))
        .totalDocs
      const filtered = await get(`/tim-kiem?category=${article.category.slug}`)
      expect((filtered.text.match(/class="search-hit"/g) ?? []).length).toBe(
        Math.min(inCategory, 10),
      )
      expect(filtered.text).toContain(`${inCategory} tin bài phù hợp`)

      const all = (await publicArticles()).totalDocs
      const second = await get('/tim-kiem?page=2')
      expect(second.text).toContain(`Trang 2/${Math.ceil(all / 10)}`)
      expect(second.text).toContain('rel="prev"')
      expect((await get('/tim-kiem?from=2000-01-01&to=2000-12-31')).text).toContain(
        'Không tìm thấy kết quả',
      )
    })

    it('says "Không tìm thấy kết quả" with suggestions, explains bad dates, and escapes what was typed', async () => {
      const none = await get(
        '/tim-kiem?q=zqxjv+wqkpz&category=' + (await publicArticles()).docs[0].category.slug,
      )
      expect(none.text).toContain('Không tìm thấy kết quả')
      expect(none.text).toContain('Bỏ bộ lọc chuyên mục và thời gian')
      expect((await get('/tim-kiem?from=31-12-2026')).text).toContain('Ngày bắt đầu không hợp lệ')
      const hostile = await get(
        `/tim-kiem?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`,
      )
      expect(hostile.status).toBe(200)
      expect(hostile.text).not.toContain('<script>alert(1)')
      expect(hostile.text).not.toContain('<img src=x')
    })

    it('a reader without JavaScript searches from the header, then narrows by category', async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 900 },
      })
      const page = await context.newPage()
      await page.goto(base + '/')
      await page.fill('#tim-kiem-dau-trang', 'dang uy')
      await page.press('#tim-kiem-dau-trang', 'Enter')
      await page.waitForURL(/\/tim-kiem\?q=dang\+uy$/)
      const hits = page.locator('.search-hit')
      expect(await hits.count()).toBeGreaterThan(0)
      const fromApi = (await fetch(`${base}/api/search?q=dang+uy`).then((r) => r.json())).hits.map(
        (h: Article) => `/tin-tuc/${h.slug}`,
      )
      expect(
        await page
          .locator('.search-hit__title a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toEqual(fromApi)
      expect(
        foldVietnamese(
          (await page.locator('.search-hit__title').first().textContent())!,
        ).toLowerCase(),
      ).toMatch(/dang.*uy|uy.*dang/)
      const option = page.locator('#tim-kiem-chuyen-muc option').nth(1)
      const slug = (await option.getAttribute('value'))!
      await page.selectOption('#tim-kiem-chuyen-muc', slug)
      await page.click('.search-filters button[type=submit]')
      await page.waitForURL(new RegExp(`category=${slug}`))
      for (const link of await page.locator('.search-hit__meta a').all())
        expect(await link.getAttribute('href')).toBe(`/chuyen-muc/${slug}`)
      await page.screenshot({
        path: path.join(repo, 'test-results', 'screenshots', 'tim-kiem-1280.png'),
        fullPage: true,
      })
      await context.close()
    })

    it('while Meilisearch is down: the API answers 503, the page says so, every other page works', async () => {
      process.kill(ctx().meiliPid(), 'SIGKILL')
      const res = await fetch(`${base}/api/search?q=dang+uy`)
      expect(res.status).toBe(503)
      expect((await res.json()).errors[0].message).toMatch(/tạm thời không khả dụng/)
      const page = await get('/tim-kiem?q=dang+uy')
      expect(page.status).toBe(200)
      expect(page.text).toContain('Tìm kiếm tạm thời không khả dụng')
      const article = (await publicArticles()).docs[0]
      for (const p of [
        '/',
        `/tin-tuc/${article.slug}`,
        `/chuyen-muc/${article.category.slug}`,
        '/rss.xml',
      ]) {
        expect((await get(p)).status, p).toBe(200)
      }
    })
  })
}
