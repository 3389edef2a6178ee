import { createServer, get as httpGet, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { secureResponse } from '../src/security/secureResponse'
import { dropPageCopies, pageCopyKeeper, servePageCopy } from '../src/site/pageCopies'

/**
 * The web server's one-second page copies (src/site/pageCopies.ts) on a real node:http server
 * wired as src/launcher/webServer.ts wires them, with a stand-in for Next that counts renders.
 */
process.env.PAGE_COPY_MS = '400'
let server: Server
let base: string
let renders = 0
let slow: Promise<void> | null = null

// Over 1 KB, so that it is worth compressing.
const page = (n: number) =>
  `<!DOCTYPE html><html lang="vi"><body><p>Bản ${n}</p>${'<p>Tin tức Đảng bộ</p>'.repeat(80)}</body></html>`

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (servePageCopy(req, res)) return
    secureResponse(req, res, false, pageCopyKeeper(req))
    renders++
    const n = renders
    if (slow) await slow
    const url = new URL(req.url!, 'http://x')
    res.statusCode = Number(url.searchParams.get('status') ?? 200)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader(
      'Cache-Control',
      url.searchParams.get('cc') ?? 's-maxage=3, stale-while-revalidate=57',
    )
    res.setHeader('ETag', `"v${n}"`)
    if (url.searchParams.has('cookie')) res.setHeader('Set-Cookie', 'a=b')
    res.end(page(n))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => dropPageCopies())

const get = async (p: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + p, { headers })
  return { status: res.status, text: await res.text(), headers: res.headers }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('page copies', () => {
  it('a second request within the copy time is answered from the copy, headers and bytes alike', async () => {
    const before = renders
    const first = await get('/tin-tuc/a')
    const second = await get('/tin-tuc/a')
    expect(renders - before).toBe(1)
    expect(second.text).toBe(first.text)
    expect(second.text).toContain('Bản')
    for (const h of ['content-security-policy', 'etag', 'cache-control', 'x-frame-options'])
      expect({ h, v: second.headers.get(h) }).toEqual({ h, v: first.headers.get(h) })
  })

  it('a revalidation drops every copy, and a copy expires after PAGE_COPY_MS', async () => {
    const before = renders
    await get('/chuyen-muc/x')
    dropPageCopies()
    await get('/chuyen-muc/x')
    expect(renders - before).toBe(2)
    await get('/chuyen-muc/x')
    expect(renders - before).toBe(2)
    await sleep(500)
    await get('/chuyen-muc/x')
    expect(renders - before).toBe(3)
  })

  it('past its time, one request renders the next copy while a burst gets the old one', async () => {
    await get('/tin-tuc/burst')
    const before = renders
    await sleep(500)
    let release = () => {}
    slow = new Promise<void>((r) => (release = r))
    const refreshing = get('/tin-tuc/burst')
    await sleep(50)
    const burst = await Promise.all([1, 2, 3, 4].map(() => get('/tin-tuc/burst')))
    expect(renders - before).toBe(1)
    expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200])
    release()
    slow = null
    const fresh = await refreshing
    expect(fresh.text).not.toBe(burst[0].text)
    expect((await get('/tin-tuc/burst')).text).toBe(fresh.text)
    expect(renders - before).toBe(1)
  })

  it('a render that began before a revalidation is not kept', async () => {
    let release = () => {}
    slow = new Promise<void>((r) => (release = r))
    const before = renders
    const pending = get('/tin-tuc/b')
    await sleep(50)
    dropPageCopies()
    release()
    await pending
    slow = null
    await get('/tin-tuc/b')
    expect(renders - before).toBe(2)
  })

  it('keeps nothing private, failed, cookie-setting, of the admin, of client navigation or HEAD', async () => {
    const cases: [string, RequestInit][] = [
      ['/tin-tuc/c?cc=private,%20no-store', {}],
      ['/tin-tuc/c?status=404', {}],
      ['/tin-tuc/c?cookie=1', {}],
      ['/admin/login', {}],
      ['/tin-tuc/c', { headers: { RSC: '1' } }],
      ['/tin-tuc/d', { method: 'HEAD' }],
    ]
    for (const [p, init] of cases) {
      const before = renders
      await fetch(base + p, init).then((r) => r.text())
      await fetch(base + p, init).then((r) => r.text())
      expect({ p, renders: renders - before }).toEqual({ p, renders: 2 })
    }
  })

  it('gzip and plain answers, and two hosts, are separate copies; If-None-Match gets a 304', async () => {
    const before = renders
    const firstZipped = await get('/', { 'Accept-Encoding': 'gzip' })
    const plain = await get('/', { 'Accept-Encoding': 'identity' })
    expect(renders - before).toBe(2)
    expect(plain.headers.get('content-encoding')).toBeNull()
    const zipped = await fetch(base + '/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(await zipped.text()).toBe(firstZipped.text)
    expect(renders - before).toBe(2)
    const again = await fetch(base + '/', {
      headers: { 'Accept-Encoding': 'identity', 'If-None-Match': plain.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
    expect(renders - before).toBe(2)
    // Each site is a host: the same path on two hosts is two pages.
    const onHost = (host: string) =>
      new Promise<void>((resolve) =>
        httpGet(`${base}/gioi-thieu`, { headers: { host } }, (r) => r.resume().on('end', resolve)),
      )
    await onHost('tinhuy.example.vn')
    await onHost('xatanphuoc.example.vn')
    await onHost('tinhuy.example.vn')
    expect(renders - before).toBe(4)
  })
})
