import { describe, expect, it } from 'vitest'

import { countCharacters } from '../src/comments/countCharacters'
import { sanitizeComment } from '../src/comments/sanitizeComment'
import { findWords, screenComment } from '../src/comments/screenComment'

describe('countCharacters (server check and form counter)', () => {
  it.each([
    ['abcd', 4],
    ['abcde', 5],
    ['  abcde  ', 5],
    ['Đảng ủy', 7],
    ['Đảng ủy'.normalize('NFD'), 7],
    ['👨‍👩‍👧‍👦', 1],
    ['🇻🇳🇻🇳', 2],
    ['x'.repeat(500), 500],
    ['   \n\t  ', 0],
  ])('%j → %i', (text, n) => {
    expect(countCharacters(text)).toBe(n)
  })
})

describe('sanitizeComment', () => {
  it('keeps plain text, drops every tag, NFC, trims', () => {
    expect(sanitizeComment('  <b>Đồng ý</b> với <script>alert(1)</script>bài viết  ')).toBe(
      'Đồng ý với bài viết',
    )
    expect(sanitizeComment('Tiếng Việt'.normalize('NFD'))).toBe('Tiếng Việt')
    expect(sanitizeComment('<img src=x onerror=alert(1)>Xin chào')).toBe('Xin chào')
  })

  it('keeps what looks like markup but is text, as text (React escapes it)', () => {
    expect(sanitizeComment('5 &lt; 7 &amp; 8 &gt; 3')).toBe('5 < 7 & 8 > 3')
    expect(sanitizeComment('a < b và c > d')).toBe('a < b và c > d')
  })

  it('keeps line breaks, drops control characters', () => {
    expect(sanitizeComment('Dòng 1\r\nDòng 2\u0000\n\n\n\nDòng 3')).toBe('Dòng 1\nDòng 2\n\nDòng 3')
  })
})

describe('screenComment', () => {
  const lists = { banned: ['phản động', 'đồ ngốc'], suspect: ['đảng', 'lừa đảo'] }

  it('refuses banned words as written, tone marks included, in any case', () => {
    expect(screenComment('Bài này PHẢN ĐỘNG quá', lists).refuse).toMatch(/không phù hợp/)
    expect(screenComment('đồ ngốc!', lists).refuse).toBeTruthy()
    expect(screenComment('Ý kiến xây dựng rất tốt', lists)).toEqual({ flags: [], matched: [] })
  })

  it('holds a banned word typed without its tone marks for the moderator instead of refusing it', () => {
    const screening = screenComment('Bài này PHAN DONG quá', lists)
    expect(screening.refuse).toBeUndefined()
    expect(screening.flags).toEqual(['tu-cam-gan-dung'])
    expect(screening.matched).toEqual([
      { word: 'PHAN DONG', list: 'banned', exact: false, start: 8, end: 17 },
    ])
  })

  it('flags suspect words ("đảng" also catches "dang") and more than two links', () => {
    expect(screenComment('Chi bo dang vien gương mẫu', lists).flags).toContain('tu-nghi-van')
    expect(screenComment('xem http://a.vn http://b.vn', lists).flags).not.toContain(
      'nhieu-lien-ket',
    )
    expect(screenComment('xem http://a.vn http://b.vn www.c.com', lists).flags).toContain(
      'nhieu-lien-ket',
    )
  })

  it('matches whole words only', () => {
    expect(findWords('người đăng ký', ['dang'])).toEqual(['dang'])
    expect(findWords('cảnh giác', ['canh gia'])).toEqual([])
  })
})
