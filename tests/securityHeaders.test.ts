import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy } from '../src/security/contentSecurityPolicy'
import { fileDisposition } from '../src/security/fileDisposition'
import { inlineScriptHashes } from '../src/security/inlineScriptHashes'

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

describe('inline script hashes for the CSP', () => {
  it('hashes each inline script once, exactly as written, and skips external scripts and JSON-LD', () => {
    const html = [
      '<script>self.__next_f=self.__next_f||[]</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script>self.__next_f.push([1,"Đảng ủy xã \\u003c"])</script>',
      '<SCRIPT nonce="x">self.__next_f=self.__next_f||[]</SCRIPT>',
      '<script></script>',
    ].join('\n')
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f=self.__next_f||[]'),
      sha('self.__next_f.push([1,"Đảng ủy xã \\u003c"])'),
    ])
  })

  it("gives the same hashes from the page's bytes read one character per byte (as the server does)", () => {
    const html = '<p>Đảng ủy</p><script>document.title = "Tỉnh ủy Vĩnh An"</script>'
    const bytes = Buffer.from(html, 'utf8').toString('latin1')
    expect(inlineScriptHashes(bytes, 'latin1')).toEqual([sha('document.title = "Tỉnh ủy Vĩnh An"')])
  })

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes('<p>Không có mã lệnh</p>')).toEqual([])
  })
})

describe('the Content-Security-Policy', () => {
  it('in production: only our origin and the listed hashes run, never eval, never framed', () => {
    const csp = contentSecurityPolicy({ scriptHashes: ['abc=', 'def='], dev: false })
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    )
    expect(directives['script-src']).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(directives['object-src']).toEqual(["'self'"])
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*script/)
  })

  it('in development: eval and inline scripts for React and Fast Refresh, still never framed', () => {
    const csp = contentSecurityPolicy({ scriptHashes: ['abc='], dev: true })
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval';")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('sha256-')
  })
})

describe('how an uploaded file is served', () => {
  const req = (url: string) => ({ url }) as IncomingMessage
  it.each([
    ['/api/media/file/anh.webp', 'image/webp', undefined, null],
    ['/api/document-files/file/nq.pdf', 'application/pdf', 'inline; filename="nq.pdf"', null],
    ['/api/media/file/bai.mp3', 'audio/mpeg', undefined, null],
    [
      '/api/document-files/file/mau.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'inline; filename="mau.docx"',
      'attachment; filename="mau.docx"',
    ],
    ['/api/media/file/cu.svg', 'image/svg+xml', undefined, 'attachment'],
    ['/don-vi/xa-a/api/media/file/x.html', 'text/html', undefined, 'attachment'],
    ['/api/articles', 'application/json', undefined, null],
    ['/tin-tuc/bai-viet', 'text/html', undefined, null],
  ])('%s (%s)', (url, type, current, expected) => {
    expect(fileDisposition(req(url), type, current)).toBe(expected)
  })
})
