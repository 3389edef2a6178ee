import { describe, expect, it } from 'vitest'

import { encodeTones, encodeWord, hasVietnameseMarks } from '../src/search/encodeTones'
import { highlightToneMatches } from '../src/search/highlightToneMatches'

describe('tone tokens', () => {
  it('gives each toned syllable its own ASCII token', () => {
    const words = ['ban', 'bán', 'bàn', 'bản', 'bãn', 'bạn', 'bân', 'băn', 'đăng', 'đảng', 'dâng']
    const tokens = words.map(encodeWord)
    expect(tokens).toEqual([
      'banz',
      'bans',
      'banf',
      'banr',
      'banx',
      'banj',
      'baanz',
      'bawnz',
      'ddawngz',
      'ddangr',
      'daangz',
    ])
    expect(new Set(tokens).size).toBe(words.length)
    expect(tokens.every((t) => /^[a-z]+$/.test(t))).toBe(true)
  })

  it('reads old and new tone placement, NFD and capitals alike', () => {
    expect(encodeTones('hoà uỷ')).toBe(encodeTones('hòa ủy'))
    expect(encodeTones('ĐẢNG ỦY'.normalize('NFD'))).toBe('ddangr uyr')
    expect(encodeTones('người thương thường thượng')).toBe('nguwowif thuwowngz thuwowngf thuwowngj')
  })

  it('keeps numbers and splits codes into words', () => {
    expect(encodeTones('Nghị quyết 15-NQ/TU năm 2026')).toBe('nghij quyeets 15 nqz tuz nawmz 2026')
    expect(encodeTones('')).toBe('')
  })

  it('knows a query with marks from one without', () => {
    for (const q of ['bán', 'đi', 'Đ', 'ơ', 'chi bộ']) expect(hasVietnameseMarks(q), q).toBe(true)
    for (const q of ['ban', 'dang uy', '15-NQ/TU', '']) expect(hasVietnameseMarks(q), q).toBe(false)
  })

  it('marks only the words written with the query’s tones', () => {
    expect(highlightToneMatches('Bàn bán, Bạn BÁN', 'bán', '[', ']')).toBe('Bàn [bán], Bạn [BÁN]')
    expect(highlightToneMatches('Đảng ủy xã đang họp', 'Đảng ủy', '[', ']')).toBe(
      '[Đảng] [ủy] xã đang họp',
    )
  })
})
