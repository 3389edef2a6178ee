import { describe, expect, it } from 'vitest'

import {
  documentFiltersWhere,
  documentListQuery,
  parseDocumentFilters,
  startOfTodayVN,
} from '../src/documents/documentFilters'

const now = new Date('2026-06-15T03:00:00Z')

describe('parseDocumentFilters', () => {
  it('reads every filter of /van-ban', () => {
    expect(
      parseDocumentFilters(
        {
          loai: 'nghi-quyet',
          'co-quan': ' Tỉnh ủy Vĩnh An ',
          nam: '2025',
          'linh-vuc': 'Chuyển đổi số',
          'hieu-luc': 'con',
          q: '15-NQ/TU',
          trang: '3',
        },
        now,
      ),
    ).toEqual({
      loai: 'nghi-quyet',
      coQuan: 'Tỉnh ủy Vĩnh An',
      nam: 2025,
      linhVuc: 'Chuyển đổi số',
      hieuLuc: 'con',
      q: '15-NQ/TU',
      trang: 3,
    })
  })
  it('drops what is malformed instead of failing the page', () => {
    expect(
      parseDocumentFilters(
        { loai: 'bi-mat', nam: '1800', 'hieu-luc': 'sap-het', trang: '-2', q: '   ' },
        now,
      ),
    ).toEqual({ trang: 1 })
    expect(parseDocumentFilters({ nam: '2028', trang: 'abc' }, now)).toEqual({ trang: 1 })
  })
  it('takes the first of repeated parameters and NFC-normalises text', () => {
    const nfd = 'Tỉnh ủy'.normalize('NFD')
    expect(parseDocumentFilters({ 'co-quan': [nfd, 'x'] }, now).coQuan).toBe('Tỉnh ủy')
  })
})

describe('documentFiltersWhere', () => {
  it('in force: not expired before today (Hà Nội), already effective, not replaced', () => {
    const where = documentFiltersWhere({ trang: 1, hieuLuc: 'con' }, [4, 9], now)
    expect(startOfTodayVN(now)).toBe('2026-06-14T17:00:00.000Z')
    expect(where).toEqual([
      {
        or: [
          { expiresAt: { exists: false } },
          { expiresAt: { greater_than_equal: '2026-06-14T17:00:00.000Z' } },
        ],
      },
      {
        or: [
          { effectiveAt: { exists: false } },
          { effectiveAt: { less_than: '2026-06-15T17:00:00.000Z' } },
        ],
      },
      { id: { not_in: [4, 9] } },
    ])
  })
  it('no longer in force: expired or replaced', () => {
    expect(documentFiltersWhere({ trang: 1, hieuLuc: 'het' }, [4], now)).toEqual([
      { or: [{ expiresAt: { less_than: '2026-06-14T17:00:00.000Z' } }, { id: { in: [4] } }] },
    ])
  })
  it('a year is the calendar year in Vietnam', () => {
    expect(documentFiltersWhere({ trang: 1, nam: 2025 }, [], now)).toEqual([
      {
        issuedAt: {
          greater_than_equal: '2024-12-31T17:00:00.000Z',
          less_than: '2025-12-31T17:00:00.000Z',
        },
      },
    ])
  })
})

describe('documentListQuery', () => {
  it('keeps the filters and the page in links', () => {
    expect(documentListQuery({ trang: 1, loai: 'chi-thi', q: 'dân vận' }, 2)).toBe(
      '?loai=chi-thi&q=d%C3%A2n+v%E1%BA%ADn&trang=2',
    )
    expect(documentListQuery({ trang: 4 })).toBe('')
  })
})
