import { describe, expect, it } from 'vitest'

import { toHighlightHtml } from '../src/search/highlight'
import {
  buildFilter,
  cleanQuery,
  parseDateBound,
  parseSearchParams,
} from '../src/search/parseSearchParams'

describe('search parameters', () => {
  it('trims, folds whitespace, drops control characters and caps q at 200 characters', () => {
    expect(cleanQuery('  đảng\u0000 \t ủy \n')).toBe('đảng ủy')
    expect(cleanQuery('Đảng ủy'.normalize('NFD'))).toBe('Đảng ủy')
    expect(Array.from(cleanQuery('ả'.repeat(5000)))).toHaveLength(200)
  })

  it('reads a day as Vietnam time and an ISO time as given', () => {
    expect(parseDateBound('2026-03-02', 'start')).toBe(Date.parse('2026-03-01T17:00:00Z') / 1000)
    expect(parseDateBound('2026-03-02', 'end')).toBe(Date.parse('2026-03-02T16:59:59Z') / 1000)
    expect(parseDateBound('2026-03-02T10:00:00Z', 'start')).toBe(
      Date.parse('2026-03-02T10:00:00Z') / 1000,
    )
    for (const bad of ['2026-02-30', '02/03/2026', '2026-3-2', 'now', '2026-03-02 OR 1=1'])
      expect(parseDateBound(bad, 'start'), bad).toBeNull()
  })

  it('builds filters only from numbers and plain slugs', () => {
    const ok = parseSearchParams({
      q: 'x',
      category: 'xay-dung-dang',
      from: '2026-01-01',
      to: '2026-01-31',
      page: '2',
      limit: '20',
    })
    expect(ok.ok && buildFilter(ok.params)).toEqual([
      'category.slug = "xay-dung-dang"',
      `publishedAt >= ${Date.parse('2025-12-31T17:00:00Z') / 1000}`,
      `publishedAt <= ${Date.parse('2026-01-31T16:59:59Z') / 1000}`,
    ])
    const byId = parseSearchParams({ category: '7' })
    expect(byId.ok && buildFilter(byId.params)).toEqual(['category.id = 7'])
    for (const category of ['x" OR 1=1', 'Xây', 'a b', '1 OR 2', 'a'.repeat(121)]) {
      expect(parseSearchParams({ category }), category).toEqual({
        ok: false,
        message: 'Chuyên mục không hợp lệ.',
      })
    }
  })

  it('scopes to a site and what is shared to it, or with subsites to its child sites too', () => {
    const params = (raw: Record<string, string>, site?: number) => {
      const parsed = parseSearchParams(raw)
      if (!parsed.ok) throw new Error(parsed.message)
      return { ...parsed.params, site }
    }
    expect(buildFilter(params({}))).toEqual([])
    expect(buildFilter(params({}, 3))).toEqual(['site = 3 OR alsoOn = 3'])
    expect(buildFilter(params({ subsites: '1', category: '7' }, 1))).toEqual([
      'site = 1 OR siteParent = 1 OR alsoOn = 1',
      'category.id = 7',
    ])
    expect(params({ subsites: 'yes' }).withSubsites).toBe(false)
    expect(params({ subsites: 'true' }).withSubsites).toBe(true)
  })

  it('defaults page 1 and 10 per page, caps 50, refuses nonsense', () => {
    expect(parseSearchParams({})).toMatchObject({
      ok: true,
      params: { q: '', page: 1, limit: 10, category: null },
    })
    expect(parseSearchParams({ limit: '999' })).toMatchObject({ ok: true, params: { limit: 50 } })
    for (const page of ['0', '-1', '1.5', 'abc', '1001'])
      expect(parseSearchParams({ page }).ok, page).toBe(false)
  })
})

describe('highlights', () => {
  it('escapes the text and keeps only our marks', () => {
    expect(toHighlightHtml('<img src=x onerror=alert(1)> \uE000Đảng\uE001 & "ủy"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>Đảng</mark> &amp; &quot;ủy&quot;',
    )
    expect(toHighlightHtml('\uE000a\uE000b\uE001\uE001c\uE000d')).toBe(
      '<mark>ab</mark>c<mark>d</mark>',
    )
    expect(toHighlightHtml(null)).toBe('')
  })
})
