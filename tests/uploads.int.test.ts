import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { upload } from './helpers/api'
import { createAccounts } from './helpers/fixtures'
import { startTestPayload } from './helpers/testPayload'

let payload: Payload
let stop: () => Promise<void>
let users: Awaited<ReturnType<typeof createAccounts>>
let png: Uint8Array<ArrayBuffer>
let jpeg: Uint8Array<ArrayBuffer>

const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>
const HTML = bytes(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
)
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
const SVG_IMAGE = bytes(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>',
)

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload({ MEDIA_IMAGE_MAX_MB: '0.05' }))
  users = await createAccounts(payload)
  const image = sharp({ create: { width: 16, height: 16, channels: 3, background: '#b22222' } })
  png = new Uint8Array(await image.clone().png().toBuffer()) as Uint8Array<ArrayBuffer>
  jpeg = new Uint8Array(await image.clone().jpeg().toBuffer()) as Uint8Array<ArrayBuffer>
})
afterAll(() => stop())

const put = (name: string, type: string, data: Uint8Array<ArrayBuffer>) =>
  upload(
    payload,
    '/api/media',
    { name, type, data },
    { alt: 'Ảnh thử' },
    {
      token: users.editor.token,
    },
  )

describe('images are checked by content, not by name or declared type', () => {
  it.each([
    ['anh.png', 'image/png', () => png],
    ['anh.jpg', 'image/jpeg', () => jpeg],
    ['anh-doi-ten.png', 'image/png', () => jpeg],
  ])('%s (sent as %s) is accepted and stored as WebP', async (name, type, data) => {
    const res = await put(name, type, data())
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('image/webp')
  })

  it.each([
    ['an HTML page renamed .jpg', 'trang.jpg', 'image/jpeg', HTML],
    ['an SVG with a script renamed .png', 'logo.png', 'image/png', SVG],
    ['a plain SVG image', 'logo.svg', 'image/svg+xml', SVG_IMAGE],
    ['an HTML page', 'trang.html', 'text/html', HTML],
  ])('%s is refused with a Vietnamese 400', async (_what, name, type, data) => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const res = await put(name, type, data)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc AVIF')
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('an image over the size limit is refused with the limit in the message', async () => {
    const big = new Uint8Array(
      await sharp({ create: { width: 400, height: 400, channels: 3, background: '#123456' } })
        .png({ compressionLevel: 0 })
        .toBuffer(),
    ) as Uint8Array<ArrayBuffer>
    const res = await put('lon.png', 'image/png', big)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('Ảnh quá lớn')
  })

  it('the Local API is held to the same rule', async () => {
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Ảnh' },
        file: { data: Buffer.from(HTML), name: 'x.jpg', mimetype: 'image/jpeg', size: HTML.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/Chỉ nhận ảnh/)
  })
})
