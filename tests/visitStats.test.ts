import { describe, expect, it } from 'vitest'

import { HitColumns } from '../src/stats/hitColumns'
import { parseHitBody } from '../src/stats/readHit'
import { parseReportParams } from '../src/stats/reportParams'
import {
  addDays,
  daysBetween,
  formatDayKey,
  isDayKey,
  localDayKey,
  monthStartKey,
} from '../src/stats/visitDay'
import { dailySalt, visitorHash } from '../src/stats/visitorHash'

describe('the day of a visit (Asia/Ho_Chi_Minh)', () => {
  it.each([
    ['2026-11-29T16:59:59.999Z', '2026-11-29'], // 23:59:59 in Vietnam
    ['2026-11-29T17:00:00.000Z', '2026-11-30'], // local midnight
    ['2026-11-30T00:00:00.000Z', '2026-11-30'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'], // a new year at 17:00 UTC
    ['2028-02-28T17:30:00.000Z', '2028-02-29'], // leap day
  ])('%s → %s', (at, day) => {
    expect(localDayKey(new Date(at))).toBe(day)
  })

  it("agrees with the time zone database's Asia/Ho_Chi_Minh, in any order of instants", () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    const start = Date.parse('2025-12-31T16:59:59.999Z')
    // 2,000 instants 7 h 13 min apart, then the same backwards: every midnight crossed both ways.
    const instants = Array.from({ length: 2000 }, (_, i) => start + i * 26_000_000)
    const wrong = [...instants, ...instants.reverse()].filter(
      (t) => localDayKey(new Date(t)) !== zone.format(t),
    )
    expect(wrong).toEqual([])
  })

  it('month start, dd/mm/yyyy, ranges and day arithmetic', () => {
    expect(monthStartKey('2026-11-30')).toBe('2026-11-01')
    expect(formatDayKey('2026-03-05')).toBe('05/03/2026')
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([])
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it.each([
    ['2026-11-30', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['30/11/2026', false],
    ['2026-1-5', false],
    ['', false],
  ])('isDayKey(%j) is %s', (value, ok) => {
    expect(isDayKey(value)).toBe(ok)
  })
})

describe('the visitor hash', () => {
  const ua = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36'

  it('is a keyed HMAC-SHA256: 32 hex characters, the same on every instance for the same day', () => {
    const a = visitorHash('203.0.113.7', ua, '2026-11-30', 'khoa-bi-mat')
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(visitorHash('203.0.113.7', ua, '2026-11-30', 'khoa-bi-mat')).toBe(a)
    expect(a).not.toContain('203')
  })

  it('changes with the day, the secret, the address and the user agent', () => {
    const base = visitorHash('203.0.113.7', ua, '2026-11-30', 'k')
    expect(visitorHash('203.0.113.7', ua, '2026-12-01', 'k')).not.toBe(base)
    expect(visitorHash('203.0.113.7', ua, '2026-11-30', 'k2')).not.toBe(base)
    expect(visitorHash('203.0.113.8', ua, '2026-11-30', 'k')).not.toBe(base)
    expect(visitorHash('203.0.113.7', `${ua} Edg/130`, '2026-11-30', 'k')).not.toBe(base)
  })

  it('derives its daily salt from the secret and the day (nothing stored)', () => {
    expect(dailySalt('2026-11-30', 'k').equals(dailySalt('2026-11-30', 'k'))).toBe(true)
    expect(dailySalt('2026-11-30', 'k').equals(dailySalt('2026-12-01', 'k'))).toBe(false)
    expect(dailySalt('2026-11-30', 'k')).toHaveLength(32)
  })
})

describe("the buffer's columns", () => {
  it('gives back every beacon as pushed, past its first capacity, with paths shared', () => {
    const columns = new HitColumns(4)
    const pushed = Array.from({ length: 11 }, (_, i) => ({
      siteId: 1 + (i % 3),
      path: ['/', '/tin-tuc/a', '/hoi-dap'][i % 3],
      visitor: (i * 7919).toString(16).padStart(32, 'f'),
      at: 1_764_500_000_000 + i * 1000.5,
    }))
    for (const h of pushed) columns.push(h.siteId, h.path, h.visitor, h.at)
    expect(columns.length).toBe(11)
    expect(columns.rows()).toEqual({
      siteIds: pushed.map((h) => h.siteId),
      visitors: pushed.map((h) => h.visitor),
      paths: pushed.map((h) => h.path),
      at: pushed.map((h) => h.at),
    })
  })
})

describe('the beacon body', () => {
  it.each([
    ['{"path":"/"}', '/'],
    ['{"path":"/tin-tuc/dai-hoi-dang-bo"}', '/tin-tuc/dai-hoi-dang-bo'],
    ['{"path":"/chuyen-muc/thoi-su/"}', '/chuyen-muc/thoi-su'],
    ['{"path":"/tim-kiem","extra":1}', '/tim-kiem'],
    ['{"path":"/tin-tuc/%C4%91ai-hoi"}', '/tin-tuc/%C4%91ai-hoi'],
  ])('%s → %s', (body, path) => {
    expect(parseHitBody(body)).toBe(path)
  })

  it.each([
    ['not json'],
    [''],
    ['null'],
    ['[]'],
    ['{}'],
    ['{"path":42}'],
    ['{"path":"tin-tuc/abc"}'],
    ['{"path":"/tim-kiem?q=abc"}'],
    ['{"path":"/a#b"}'],
    ['{"path":"//evil.example/x"}'],
    ['{"path":"/<script>"}'],
    [`{"path":"/${'a'.repeat(300)}"}`],
  ])('refuses %s', (body) => {
    expect(parseHitBody(body)).toBeNull()
  })
})

describe('the report parameters', () => {
  const now = new Date('2026-11-30T05:00:00Z')
  const q = (s: string) => parseReportParams(new URLSearchParams(s), now)

  it('defaults to the last 30 days by category', () => {
    expect(q('')).toEqual({ from: '2026-11-01', to: '2026-11-30', groupBy: 'category', site: null })
  })

  it('reads dates, grouping and site', () => {
    expect(q('from=2026-01-01&to=2026-01-31&groupBy=author&site=3')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      groupBy: 'author',
      site: 3,
    })
  })

  it.each([
    ['from=2026-02-30&to=2026-03-01', 'Ngày không hợp lệ'],
    ['from=01/01/2026&to=2026-03-01', 'Ngày không hợp lệ'],
    ['from=2026-03-02&to=2026-03-01', 'Ngày bắt đầu phải trước'],
    ['from=2000-01-01&to=2026-03-01', 'tối đa 10 năm'],
    ['groupBy=tinh', 'Cách nhóm không hợp lệ'],
    ['site=abc', 'Mã trang đơn vị không hợp lệ'],
  ])('refuses %s in Vietnamese', (query, message) => {
    expect((q(query) as { error: string }).error).toContain(message)
  })
})
