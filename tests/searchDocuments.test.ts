import { describe, expect, it } from 'vitest'

import {
  buildDocumentFilter,
  startOfDayInVietnam,
} from '../src/search/documents/buildDocumentFilter'
import { parseDocumentSearchParams } from '../src/search/documents/parseDocumentSearchParams'
import { toDocumentSearchDocument } from '../src/search/documents/toDocumentSearchDocument'
import type { Document } from '../src/payload-types'

describe('document search parameters', () => {
  it('reads the API names and the public page’s Vietnamese ones', () => {
    const api = parseDocumentSearchParams({
      q: ' 15-NQ/TU ',
      type: 'nghi-quyet',
      issuer: 'Tỉnh ủy Vĩnh An',
      field: 'Xây dựng Đảng',
      year: '2026',
      validity: 'con',
      page: '2',
      limit: '500',
      subsites: '1',
    })
    expect(api).toEqual({
      ok: true,
      params: {
        q: '15-NQ/TU',
        type: 'nghi-quyet',
        issuer: 'tinh-uy-vinh-an',
        field: 'xay-dung-dang',
        year: 2026,
        validity: 'con',
        page: 2,
        limit: 50,
        withSubsites: true,
      },
    })
    const page = parseDocumentSearchParams({
      loai: 'chi-thi',
      nam: '2025',
      'hieu-luc': 'het',
      trang: '3',
    })
    expect(page.ok && page.params).toMatchObject({
      type: 'chi-thi',
      year: 2025,
      validity: 'het',
      page: 3,
    })
  })

  it('refuses what is not a type, a year, a validity or a page, in Vietnamese', () => {
    expect(parseDocumentSearchParams({ type: 'nghi-dinh' })).toEqual({
      ok: false,
      message: 'Loại văn bản không hợp lệ.',
    })
    for (const raw of [{ year: '26' }, { year: '2026 OR 1=1' }, { validity: 'all' }, { page: '0' }])
      expect(parseDocumentSearchParams(raw).ok, JSON.stringify(raw)).toBe(false)
  })

  it('builds filters from numbers, known types and slugs only; validity by the day in Vietnam', () => {
    const now = new Date('2026-03-02T20:00:00Z') // 3 March, 03:00 in Vietnam
    const today = Date.parse('2026-03-02T17:00:00Z') / 1000
    expect(startOfDayInVietnam(now)).toBe(today)
    const parsed = parseDocumentSearchParams({
      type: 'ke-hoach',
      issuer: 'x" OR site = 2',
      year: '2026',
      validity: 'con',
    })
    if (!parsed.ok) throw new Error(parsed.message)
    expect(buildDocumentFilter({ ...parsed.params, site: 1 }, now)).toEqual([
      'site = 1',
      'type = "ke-hoach"',
      'issuerSlug = "x-or-site-2"',
      'year = 2026',
      'replaced = false',
      `expiresAt IS NULL OR expiresAt >= ${today}`,
      `effectiveAt IS NULL OR effectiveAt < ${today + 86_400}`,
    ])
    const het = parseDocumentSearchParams({ validity: 'het', subsites: '1' })
    if (!het.ok) throw new Error(het.message)
    expect(buildDocumentFilter({ ...het.params, site: 4 }, now)).toEqual([
      'site = 4 OR siteParent = 4',
      `replaced = true OR expiresAt < ${today}`,
    ])
  })
})

describe('document search document', () => {
  it('carries the code’s variants, the tone copy, slugs, the year in Vietnam and its files’ text', () => {
    const doc = toDocumentSearchDocument(
      {
        id: 7,
        slug: '15-nq-tu',
        code: '15-NQ/TU',
        type: 'nghi-quyet',
        title: 'Nghị quyết về chuyển đổi số',
        issuer: 'Tỉnh ủy Vĩnh An',
        field: 'Chuyển đổi số',
        issuedAt: '2025-12-31T18:00:00.000Z',
        site: { id: 2, slug: 'xa-an-hoa', parent: 1 },
      } as unknown as Document,
      [
        { text: 'Trang một.', pageCount: 2 } as never,
        { text: 'Trang hai.', pageCount: 3 } as never,
      ],
      true,
    )
    expect(doc).toMatchObject({
      id: 7,
      codeVariants: expect.arrayContaining(['15 NQ TU', 'NQ 15', 'nghị quyết 15']),
      titleTone: 'nghij quyeets veef chuyeenr ddooir soos',
      issuerSlug: 'tinh-uy-vinh-an',
      fieldSlug: 'chuyen-doi-so',
      year: 2026,
      text: 'Trang một.\nTrang hai.',
      pageCount: 5,
      replaced: true,
      site: 2,
      siteSlug: 'xa-an-hoa',
      siteParent: 1,
      expiresAt: null,
    })
  })
})
