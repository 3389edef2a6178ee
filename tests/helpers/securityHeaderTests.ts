import { describe, expect, it } from 'vitest'

import { inlineScriptHashes } from '../../src/security/inlineScriptHashes'

const directives = (csp: string) =>
  Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

/**
 * DESIGN.md "Security hardening" on a running server: every response says nosniff and its
 * referrer policy; HTML carries a CSP that forbids framing; in production only the page's own
 * inline scripts (by hash) run and never eval. Registered by production.e2e (npm start) and
 * launcher.e2e (npm run dev).
 */
export function securityHeaderTests(ctx: () => { base: string; mode: 'dev' | 'start' }) {
  describe('security headers', () => {
    const expectBase = (res: Response, frame: 'DENY' | 'SAMEORIGIN') => {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('x-frame-options')).toBe(frame)
    }

    it('a public page and an admin view: CSP that lists exactly their inline scripts, no framing', async () => {
      const { base, mode } = ctx()
      for (const path of ['/', '/admin/login']) {
        const res = await fetch(base + path)
        expect(res.status, path).toBe(200)
        expectBase(res, 'DENY')
        const csp = directives(res.headers.get('content-security-policy') ?? '')
        expect(csp['frame-ancestors'], path).toEqual(["'none'"])
        expect(csp['default-src'], path).toEqual(["'self'"])
        const html = await res.text()
        if (mode === 'start') {
          const hashes = inlineScriptHashes(html).map((h) => `'sha256-${h}'`)
          // Public pages carry no inline script since Next's runtime is taken out of them
          // (src/site/withoutFrameworkScripts.ts); the admin's React app has several.
          if (path === '/') expect(hashes, path).toEqual([])
          else expect(hashes.length, path).toBeGreaterThan(0)
          expect(csp['script-src'], path).toEqual(["'self'", ...hashes])
          // Still compressed for clients that take it, although the page was read to hash it.
          expect(res.headers.get('content-encoding'), path).toBe('gzip')
        } else {
          expect(csp['script-src'], path).toContain("'unsafe-eval'")
        }
      }
    })

    it('an API route and an uploaded file: nosniff and referrer policy; files may be framed only by the portal', async () => {
      const { base } = ctx()
      const api = await fetch(base + '/api/articles?limit=1')
      expect(api.status).toBe(200)
      expectBase(api, 'SAMEORIGIN')
      expect(((await api.json()) as { docs: unknown[] }).docs.length).toBe(1)
      const list = (await (await fetch(base + '/api/media?limit=1')).json()) as {
        docs: { url: string }[]
      }
      expect(list.docs.length).toBe(1)
      const file = await fetch(base + list.docs[0].url)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^image\//)
      expectBase(file, 'SAMEORIGIN')
      // A PDF is previewed inline (framed by /van-ban/{slug}), never sniffed into anything else.
      const pdfs = (await (await fetch(base + '/api/document-files?limit=1')).json()) as {
        docs: { url: string }[]
      }
      const pdf = await fetch(base + pdfs.docs[0].url)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expectBase(pdf, 'SAMEORIGIN')
      expect(pdf.headers.get('content-disposition') ?? '').not.toMatch(/attachment/)
    })
  })
}
