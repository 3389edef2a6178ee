import { describe, expect, it } from 'vitest'

import { publicPageHtml } from '../src/site/publicPageHtml'
import { isPublicPagePath, withoutFrameworkScripts } from '../src/site/withoutFrameworkScripts'

// The shape of a Next 16 (Turbopack) App Router page, trimmed.
const page = `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>
<link rel="preload" href="/_next/static/media/noto_sans_latin.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/chunks/2p5m11ql8las5.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2iq31f9lxlxu8.js"/>
<script src="/_next/static/chunks/1w4sink4bmq-0.js" async=""></script>
<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>
<title>Tin tức</title></head><body data-base="">
<main><h1>Hội nghị</h1><p>Nội dung có chữ self.__next_f trong bài.</p></main>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script src="/ban-doc.js" defer=""></script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"]})</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"\\u003c/script\\u003e\\"]"])</script>
<script>$RC=function(b,c){}</script>
</body></html>`

describe('withoutFrameworkScripts', () => {
  const out = withoutFrameworkScripts(page)
  const tags = (html: string) => [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0])

  it("removes Next's script files, their preloads, Turbopack's chunk list and the RSC payload", () => {
    expect(out).not.toMatch(/\/_next\/[^"]*\.js/)
    expect(out).not.toMatch(/<script[^>]*>\s*\(?self\.__next_f/)
    expect(out).not.toContain('TURBOPACK')
  })

  it('keeps the stylesheet, font preloads, JSON-LD, our script, other inline scripts and the text', () => {
    expect(tags(out)).toEqual([
      '<link rel="preload" href="/_next/static/media/noto_sans_latin.woff2" as="font" crossorigin="" type="font/woff2"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/2p5m11ql8las5.css" data-precedence="next"/>',
      '<script type="application/ld+json">',
      '<script src="/ban-doc.js" defer="">',
      '<script>',
    ])
    expect(out).toContain('<script>$RC=function(b,c){}</script>')
    expect(out).toContain('<p>Nội dung có chữ self.__next_f trong bài.</p>')
  })

  it("leaves Next's 404 and error shell whole: the browser renders it from the payload", () => {
    const shell = page.replace('<html lang="vi">', '<html id="__next_error__">')
    expect(withoutFrameworkScripts(shell)).toBe(shell)
  })

  it("gives the 404 shell the page's language before its runtime draws it", () => {
    const shell = page.replace('<html lang="vi">', '<html id="__next_error__">')
    expect(publicPageHtml(shell, '/khong-co')).toContain('<html id="__next_error__" lang="vi">')
    expect(publicPageHtml(shell, '/en/khong-co')).toContain('<html id="__next_error__" lang="en">')
    expect(publicPageHtml(shell, '/don-vi/xa-an-hoa/en')).toContain('lang="en"')
    expect(publicPageHtml(shell, '/khong-co')).toContain('/_next/static/chunks/1w4sink4bmq-0.js')
    expect(publicPageHtml(page, '/')).toBe(withoutFrameworkScripts(page))
  })

  it('leaves a page without them as it was', () => {
    expect(withoutFrameworkScripts(out)).toBe(out)
  })

  it('applies to public pages, not the admin, the API or build files', () => {
    for (const p of ['/', '/tin-tuc/a', '/don-vi/xa-tan-phuoc', '/en/about', '/administration'])
      expect({ p, ok: isPublicPagePath(p) }).toEqual({ p, ok: true })
    for (const p of ['/admin', '/admin/login', '/api/articles', '/_next/static/x.js'])
      expect({ p, ok: isPublicPagePath(p) }).toEqual({ p, ok: false })
  })
})
