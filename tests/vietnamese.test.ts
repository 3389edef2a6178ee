import { describe, expect, it } from 'vitest'

import { foldVietnamese, formatArticleDate, normalizeDeep, slugify } from '../src/lib/vietnamese'

describe('slugify', () => {
  it.each([
    ['Đảng ủy xã Vĩnh An', 'dang-uy-xa-vinh-an'],
    ['Tin tức Đảng', 'tin-tuc-dang'],
    ['Tin tức - Sự kiện', 'tin-tuc-su-kien'],
    ['Chuyển đổi số', 'chuyen-doi-so'],
    [
      'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
    ],
    ['ĐẠI HỘI ĐẢNG BỘ LẦN THỨ XV', 'dai-hoi-dang-bo-lan-thu-xv'],
    ['  Hội nghị   (lần 2) — năm 2026!  ', 'hoi-nghi-lan-2-nam-2026'],
    ['Ưu tiên ươm mầm, ổn định, ấm no', 'uu-tien-uom-mam-on-dinh-am-no'],
    ['', ''],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('gives the same slug for NFD (decomposed) and NFC input', () => {
    const nfc = 'Đảng ủy xã Vĩnh An'
    expect(slugify(nfc.normalize('NFD'))).toBe(slugify(nfc))
  })

  it('gives the same slug for old and new tone placement (uỷ/ủy, hoà/hòa)', () => {
    expect(slugify('Đảng uỷ hoà bình')).toBe(slugify('Đảng ủy hòa bình'))
  })

  it('caps the length without a trailing hyphen', () => {
    const slug = slugify('Đảng ủy '.repeat(40), 30)
    expect(slug.length).toBeLessThanOrEqual(30)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('foldVietnamese', () => {
  it('drops tone marks and folds đ both ways, keeping case', () => {
    expect(foldVietnamese('Đảng ủy đồng chí')).toBe('Dang uy dong chi')
  })
})

describe('normalizeDeep', () => {
  it('turns every NFD string into NFC, deep in objects and arrays, but not skipped keys', () => {
    const nfd = 'Tiếng Việt'.normalize('NFD')
    const out = normalizeDeep(
      {
        title: nfd,
        tags: [nfd],
        nested: { root: { children: [{ text: nfd }] } },
        password: nfd,
        n: 3,
      },
      new Set(['password']),
    )
    expect(out.title).toBe('Tiếng Việt'.normalize('NFC'))
    expect(out.title).not.toBe(nfd)
    expect(out.tags[0]).toBe(out.title)
    expect(out.nested.root.children[0].text).toBe(out.title)
    expect(out.password).toBe(nfd)
    expect(out.n).toBe(3)
  })
})

describe('formatArticleDate', () => {
  it('formats in Asia/Ho_Chi_Minh as "Thứ sáu - 24/11/2023 02:49"', () => {
    // 2023-11-23T19:49Z is Friday 24/11 02:49 in Hà Nội (UTC+7).
    expect(formatArticleDate('2023-11-23T19:49:00Z')).toBe('Thứ sáu - 24/11/2023 02:49')
  })

  it('names Sunday "Chủ nhật"', () => {
    expect(formatArticleDate('2026-11-22T03:05:00Z')).toBe('Chủ nhật - 22/11/2026 10:05')
  })
})
