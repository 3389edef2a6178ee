import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './browser'
import { loginOverHttp } from './launcher'

type Article = { id: number; slug: string }

// The portal refuses the same comment twice: a run of its own keeps the texts new.
const run = Date.now() % 100_000

/**
 * Public pages carry no framework JavaScript: Next's client runtime is removed from them
 * (src/site/withoutFrameworkScripts.ts) and public/ban-doc.js does what a reader presses. These
 * drive it in Chromium against a production server. Registered by production.e2e.test.ts.
 */
export function readerActionTests(ctx: () => { base: string; password: string }) {
  describe('what a reader presses, with one small script (public/ban-doc.js)', () => {
    let base: string
    let browser: Browser
    let article: Article
    let moderator: string

    beforeAll(async () => {
      ;({ base } = ctx())
      moderator = await loginOverHttp(base, 'moderator@example.org', ctx().password)
      const list = await fetch(
        `${base}/api/articles?where[workflowState][equals]=published&where[allowRating][not_equals]=false&sort=-publishedAt&limit=1&depth=0`,
      )
      article = (await list.json()).docs[0]
      browser = await launchChromium()
    })
    afterAll(() => browser?.close())

    const openArticle = async (): Promise<Page> => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      await page.goto(`${base}/tin-tuc/${article.slug}`)
      return page
    }

    it('home, category, article and search carry our one script and none of Next’s; the admin keeps its app', async () => {
      const scripts = async (p: string) => {
        const res = await fetch(base + p)
        const html = await res.text()
        return {
          // Payload's admin theme hint; as Critical-CH it makes a browser fetch the page twice.
          colorSchemeHint: res.headers.get('critical-ch'),
          files: [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
          payload: html.includes('self.__next_f'),
          preloads: /<link\b[^>]*href="\/_next\/[^"]*\.js"/.test(html),
        }
      }
      for (const p of [
        '/',
        '/chuyen-muc/tin-tuc-su-kien',
        `/tin-tuc/${article.slug}`,
        '/tim-kiem?q=dang+uy',
      ])
        expect({ p, ...(await scripts(p)) }).toEqual({
          p,
          colorSchemeHint: null,
          files: ['/ban-doc.js'],
          payload: false,
          preloads: false,
        })
      const admin = await scripts('/admin/login')
      expect(admin.files.some((f) => f.startsWith('/_next/static/'))).toBe(true)
      expect(admin.files).not.toContain('/ban-doc.js')
      const script = await fetch(`${base}/ban-doc.js`)
      expect(script.status).toBe(200)
      expect(script.headers.get('content-type')).toMatch(/javascript/)
    })

    it('a star posts the vote and the figures change in place', async () => {
      const page = await openArticle()
      const total = async () => (await page.textContent('[data-testid="rating-total"]'))!
      const before = Number(/trong (\d+) đánh giá/.exec(await total())![1])
      const vote = page.waitForResponse((r) =>
        r.url().endsWith(`/api/articles/${article.id}/rating`),
      )
      await page.locator('.rating__stars label').nth(3).click()
      expect((await vote).status()).toBe(200)
      await expect.poll(total).toContain(`trong ${before + 1} đánh giá`)
      expect(await page.textContent('.rating__message')).toBe('Cảm ơn bạn đã đánh giá bài viết.')
      expect(await page.locator('.rating__stars label.is-on').count()).toBe(4)
      await page.close()
    })

    it('the comment form counts as the server does, waits for 5 characters and says the comment awaits moderation', async () => {
      const page = await openArticle()
      const form = page.locator('form.comment-form').first()
      const counter = () => form.locator('.comment-form__counter').textContent()
      const send = form.getByRole('button', { name: 'Gửi bình luận' })
      expect(await send.isDisabled()).toBe(true)
      // "ệ" typed as e + two combining marks is one character, as on the server.
      await form.locator('textarea').fill('Te\u0302\u0323')
      expect(await counter()).toBe('Bạn còn 498/500 ký tự — Bạn vui lòng nhập từ 5 ký tự trở lên')
      expect(await send.isDisabled()).toBe(true)
      const text = `Bài viết rất bổ ích cho đảng viên ở cơ sở (lần ${run}).`
      await form.locator('textarea').fill(text)
      expect(await counter()).toBe(`Bạn còn ${500 - [...text].length}/500 ký tự`)
      await form.getByLabel('Họ và tên').fill('Nguyễn Thị Lan')
      await form.getByRole('checkbox').check()
      const sent = page.waitForResponse((r) => r.url().endsWith('/api/comments'))
      await send.click()
      const res = await sent
      expect(res.status()).toBe(201)
      expect(JSON.parse(res.request().postData()!)).toMatchObject({
        article: article.id,
        authorName: 'Nguyễn Thị Lan',
        content: text,
        consent: true,
      })
      await expect
        .poll(() => form.locator('.comment-form__message').textContent())
        .toBe('Cảm ơn bạn. Bình luận sẽ hiển thị sau khi được kiểm duyệt.')
      expect(await form.locator('textarea').inputValue()).toBe('')
      // Pending: not on the page, in the moderators' queue.
      const { doc } = (await res.json()) as { doc: { id: number } }
      const queued = await fetch(`${base}/api/comments/${doc.id}?depth=0`, {
        headers: { Authorization: `JWT ${moderator}` },
      })
      expect((await queued.json()).status).toBe('pending')
      await page.close()
    })

    it('"Phản hồi" opens a form addressed to that comment, with ids of its own', async () => {
      // An approved comment to answer.
      const posted = await fetch(`${base}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          article: article.id,
          authorName: 'Trần Văn Minh',
          content: `Mong tỉnh sớm nhân rộng mô hình này (lần ${run}).`,
          consent: true,
        }),
      })
      const parent = (await posted.json()).doc.id as number
      const approved = await fetch(`${base}/api/comments/${parent}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${moderator}` },
        body: JSON.stringify({ status: 'approved' }),
      })
      expect(approved.status).toBe(200)
      let page = await openArticle()
      // The approval reaches the cached page on demand; give it a few seconds.
      for (let i = 0; i < 20 && !(await page.locator(`#binh-luan-${parent}`).count()); i++) {
        await page.close()
        await new Promise((r) => setTimeout(r, 1000))
        page = await openArticle()
      }
      const comment = page.locator(`#binh-luan-${parent}`)
      const button = comment.getByRole('button', { name: 'Phản hồi' })
      await button.click()
      expect(await button.getAttribute('aria-expanded')).toBe('true')
      const reply = comment.locator('form.comment-form')
      expect(await reply.getByLabel('Trả lời Trần Văn Minh').count()).toBe(1)
      expect(await page.locator(`#binh-luan-noi-dung-${parent}`).count()).toBe(1)
      expect(await page.locator('#binh-luan-noi-dung-moi').count()).toBe(1)
      await reply
        .getByLabel('Trả lời Trần Văn Minh')
        .fill(`Xin cảm ơn ý kiến của bạn (lần ${run}).`)
      await reply.getByLabel('Họ và tên').fill('Ban biên tập')
      await reply.getByRole('checkbox').check()
      const sent = page.waitForResponse((r) => r.url().endsWith('/api/comments'))
      await reply.getByRole('button', { name: 'Gửi bình luận' }).click()
      const res = await sent
      expect(res.status()).toBe(201)
      expect(JSON.parse(res.request().postData()!)).toMatchObject({
        article: article.id,
        parent,
      })
      await button.click()
      expect(await reply.isVisible()).toBe(false)
      await page.close()
    })
  })
}
