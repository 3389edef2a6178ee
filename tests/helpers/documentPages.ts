import { XMLParser } from 'fast-xml-parser'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'

import { launchChromium } from './browser'
import { loginOverHttp } from './launcher'

/** Rasterises an SVG with sharp and reads it with jsQR. */
export async function decodeQrSvg(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(400, 400)
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

/**
 * The documents library as readers see it over HTTP, on the seeded demo documents of a production
 * server (src/seed/documentContent.ts): lists, filters, the document page, files, RSS, sitemap,
 * QR codes and the print view. Registered by production.e2e.test.ts.
 */
export function documentPagesTests(ctx: () => { base: string; password: string }) {
  describe('documents library (Văn bản)', () => {
    let base: string
    let browser: Browser
    const get = async (p: string, init?: RequestInit) => {
      const res = await fetch(base + p, init)
      return { status: res.status, text: await res.text(), headers: res.headers }
    }

    beforeAll(async () => {
      ;({ base } = ctx())
      browser = await launchChromium()
    })
    afterAll(() => browser?.close())

    it('/van-ban lists the published public documents only, with filters and a Vietnamese empty state', async () => {
      const all = await get('/van-ban')
      expect(all.status).toBe(200)
      for (const code of ['15-NQ/TU', '08-NQ/TU', '05-CT/TU', '12-KH/TU'])
        expect(all.text).toContain(code)
      for (const hidden of ['03-KL/TU', '21-CV/TU', '30-TB/VPTU'])
        expect(all.text).not.toContain(hidden)
      expect(all.text).toContain('Có 4 văn bản')
      const resolutions = await get('/van-ban?loai=nghi-quyet')
      expect(resolutions.text).toContain('Có 2 văn bản')
      const expired = await get('/van-ban?hieu-luc=het')
      expect(expired.text).toContain('12-KH/TU')
      expect(expired.text).toContain('08-NQ/TU')
      expect(expired.text).not.toContain('/van-ban/15-nq-tu"')
      const byCode = await get(`/van-ban?q=${encodeURIComponent('15-NQ')}`)
      expect(byCode.text).toContain('Có 1 văn bản')
      const none = await get('/van-ban?q=khong-co-van-ban-nay&nam=1999&hieu-luc=xyz')
      expect(none.status).toBe(200)
      expect(none.text).toContain('Không có văn bản nào phù hợp.')
    })

    it('/van-ban/{slug}: the metadata table, validity, the file with size, an inline PDF and JSON-LD Legislation', async () => {
      const page = await get('/van-ban/15-nq-tu')
      expect(page.status).toBe(200)
      for (const label of [
        'Số/Ký hiệu',
        'Loại văn bản',
        'Cơ quan ban hành',
        'Người ký',
        'Ngày ban hành',
        'Ngày hiệu lực',
        'Ngày hết hiệu lực',
        'Trích yếu',
        'Lĩnh vực',
        'Tình trạng',
      ])
        expect(page.text).toContain(`<th scope="row">${label}</th>`)
      expect(page.text).toContain('Còn hiệu lực')
      expect(page.text).toContain('20/03/2025')
      expect(page.text).toMatch(/\(PDF, \d+ KB, 3 trang, \d+ lượt tải\)/)
      expect(page.text).toMatch(
        /<object[^>]+data="\/api\/document-files\/file\/15-nq-tu(-\d+)?\.pdf"[^>]+type="application\/pdf"/,
      )
      const ld = [...page.text.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
        .map((m) => JSON.parse(m[1]))
        .find((d) => d['@type'] === 'Legislation')
      expect(ld).toMatchObject({
        legislationIdentifier: '15-NQ/TU',
        legislationType: 'Nghị quyết',
        url: `${base}/van-ban/15-nq-tu`,
        legislationLegalForce: 'https://schema.org/InForce',
      })
      const replaced = await get('/van-ban/08-nq-tu')
      expect(replaced.text).toContain('Bị thay thế bởi 15-NQ/TU')
      expect(replaced.text).toContain('Văn bản thay thế')
    })

    it('a secret, internal or unpublished document and its file are 404 to the public', async () => {
      const token = await loginOverHttp(base, 'editor@example.org', ctx().password)
      const staff = { headers: { Authorization: `JWT ${token}` } }
      for (const [slug, code] of [
        ['21-cv-tu', '21-CV/TU'],
        ['30-tb-vptu', '30-TB/VPTU'],
        ['03-kl-tu', '03-KL/TU'],
      ]) {
        expect((await get(`/van-ban/${slug}`)).status).toBe(404)
        expect((await get(`/van-ban/${slug}/qr.svg`)).status).toBe(404)
        const found = await fetch(
          `${base}/api/documents?draft=true&depth=1&where[code][equals]=${encodeURIComponent(code)}`,
          staff,
        ).then((r) => r.json())
        const file = found.docs[0].files[0]
        const url = `/api/document-files/file/${encodeURIComponent(file.filename)}`
        expect((await get(url)).status).toBe(404)
        expect((await get(`/api/document-files/${file.id}/download`)).status).toBe(404)
        const asStaff = await get(url, staff)
        expect(asStaff.status).toBe(200)
        expect(asStaff.headers.get('content-type')).toBe('application/pdf')
      }
    })

    it('the download link serves the PDF and counts it', async () => {
      const page = await get('/van-ban/05-ct-tu')
      const href = /href="(\/api\/document-files\/\d+\/download)"/.exec(page.text)![1]
      const before = Number(/(\d+) lượt tải/.exec(page.text)![1])
      const res = await fetch(base + href)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/pdf')
      expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
      // The page is cached; the count is read afresh from the API's own table by staff.
      const token = await loginOverHttp(base, 'editor@example.org', ctx().password)
      const id = Number(/document-files\/(\d+)\//.exec(href)![1])
      const counts = await fetch(`${base}/api/document-downloads?where[file][equals]=${id}`, {
        headers: { Authorization: `JWT ${token}` },
      }).then((r) => r.json())
      expect(counts.docs[0].downloads).toBe(before + 1)
    })

    it('/van-ban/rss.xml and the sitemap list the public documents', async () => {
      const rss = await get('/van-ban/rss.xml')
      expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
      const items = new XMLParser().parse(rss.text).rss.channel.item
      expect(items).toHaveLength(4)
      expect(items[0].title).toMatch(/^05-CT\/TU: /)
      expect(items.map((i: { link: string }) => i.link)).toContain(`${base}/van-ban/15-nq-tu`)
      const sitemap = await get('/sitemap.xml')
      expect(sitemap.text).toContain(`<loc>${base}/van-ban/15-nq-tu</loc>`)
      expect(sitemap.text).not.toContain('21-cv-tu')
    })

    it('QR codes decode to the canonical URL; the print view shows them', async () => {
      const doc = await get('/van-ban/15-nq-tu/qr.svg')
      expect(doc.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
      expect(await decodeQrSvg(doc.text)).toBe(`${base}/van-ban/15-nq-tu`)
      const home = await get('/')
      expect(home.text).toContain('Văn bản mới')
      const slug = /href="\/tin-tuc\/([^"]+)"/.exec(home.text)![1]
      const article = await get(`/tin-tuc/${slug}/qr.svg`)
      expect(await decodeQrSvg(article.text)).toBe(`${base}/tin-tuc/${slug}`)

      const page = await browser.newPage()
      try {
        for (const path of ['/van-ban/15-nq-tu', `/tin-tuc/${slug}`]) {
          await page.goto(base + path, { waitUntil: 'load' })
          await page.waitForFunction(
            () => (document.querySelector('.print-qr img') as HTMLImageElement | null)?.complete,
          )
          await page.emulateMedia({ media: 'screen' })
          expect(await page.locator('.print-qr').isVisible()).toBe(false)
          await page.emulateMedia({ media: 'print' })
          expect(await page.locator('.print-qr').isVisible()).toBe(true)
          const width = await page
            .locator('.print-qr img')
            .evaluate((img: HTMLImageElement) => img.naturalWidth)
          expect(width).toBeGreaterThan(0)
        }
      } finally {
        await page.close()
      }
    })
  })
}
