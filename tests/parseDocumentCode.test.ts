import { describe, expect, it } from 'vitest'

import { parseDocumentCode, searchVariants } from '../src/documents/parseDocumentCode'

const now = new Date('2026-06-01T00:00:00Z')
const parse = (code: string) => parseDocumentCode(code, now)

describe('parseDocumentCode: Party codes (Hướng dẫn 36-HD/VPTW)', () => {
  it.each([
    ['15-NQ/TU', 15, 'NQ', 'nghi-quyet', 'TU', 'Tỉnh ủy'],
    ['127-QĐ/TW', 127, 'QĐ', 'quyet-dinh', 'TW', 'Ban Chấp hành Trung ương'],
    ['05-CT/ĐU', 5, 'CT', 'chi-thi', 'ĐU', 'Đảng ủy'],
    ['03-KL/TU', 3, 'KL', 'ket-luan', 'TU', 'Tỉnh ủy'],
    ['12-QĐi/TW', 12, 'QĐi', 'quy-dinh', 'TW', 'Ban Chấp hành Trung ương'],
    ['45-HD/BTGTU', 45, 'HD', 'huong-dan', 'BTGTU', 'Ban Tuyên giáo Tỉnh ủy'],
    ['123-TB/VPTU', 123, 'TB', 'thong-bao', 'VPTU', 'Văn phòng Tỉnh ủy'],
    ['01-CTr/TU', 1, 'CTr', 'chuong-trinh', 'TU', 'Tỉnh ủy'],
    ['88-KH/TU', 88, 'KH', 'ke-hoach', 'TU', 'Tỉnh ủy'],
    ['30-BC/TU', 30, 'BC', 'bao-cao', 'TU', 'Tỉnh ủy'],
    ['2-ĐA/TU', 2, 'ĐA', 'de-an', 'TU', 'Tỉnh ủy'],
    ['17-TTr/BTCTU', 17, 'TTr', 'to-trinh', 'BTCTU', 'Ban Tổ chức Tỉnh ủy'],
    ['123-CV/TU', 123, 'CV', 'cong-van', 'TU', 'Tỉnh ủy'],
    ['09-QC/TU', 9, 'QC', 'quy-che', 'TU', 'Tỉnh ủy'],
    ['57-NQ/TW', 57, 'NQ', 'nghi-quyet', 'TW', 'Ban Chấp hành Trung ương'],
    ['21-KH/BTVTU', 21, 'KH', 'ke-hoach', 'BTVTU', 'Ban Thường vụ Tỉnh ủy'],
    ['14-TB/UBKTTU', 14, 'TB', 'thong-bao', 'UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['36-HD/BDVTU', 36, 'HD', 'huong-dan', 'BDVTU', 'Ban Dân vận Tỉnh ủy'],
    ['07-TT/TU', 7, 'TT', 'khac', 'TU', 'Tỉnh ủy'],
  ])('%s → %i %s (%s) by %s', (code, number, typeAbbr, type, issuerAbbr, issuerName) => {
    expect(parse(code)).toEqual({
      ok: true,
      format: 'party',
      number,
      typeAbbr,
      type,
      typeName: expect.any(String),
      issuerAbbr,
      issuerName,
      normalized: code,
    })
  })

  it('reads what people type: spaces, lower case, "Số:", Latin D for Đ, other dashes', () => {
    const typed: [string, string][] = [
      ['15-nq/tu', '15-NQ/TU'],
      ['  15 - NQ / TU ', '15-NQ/TU'],
      ['Số: 15-NQ/TU', '15-NQ/TU'],
      ['số 127-QD/TW', '127-QĐ/TW'],
      ['12-qđi/tw', '12-QĐi/TW'],
      ['12-QDI/TW', '12-QĐi/TW'],
      ['01-CTR/TU', '01-CTr/TU'],
      ['05-CT/DU', '05-CT/ĐU'],
      ['05–CT∕ĐU', '05-CT/ĐU'],
      ['05-CT/ÐU', '05-CT/ĐU'], // Icelandic Ð (U+00D0), a lookalike of Đ
      ['15-NQ/TU'.normalize('NFD'), '15-NQ/TU'],
      ['17-ttr/btctu', '17-TTr/BTCTU'],
    ]
    for (const [input, normalized] of typed) {
      expect(parse(input), input).toMatchObject({ ok: true, normalized })
    }
  })

  it('keeps a Latin "DA" as dự án: an exact abbreviation wins over Đ typed as D', () => {
    expect(parse('3-DA/TU')).toMatchObject({
      ok: true,
      typeAbbr: 'DA',
      typeName: 'dự án',
      type: 'khac',
    })
    expect(parse('3-ĐA/TU')).toMatchObject({ ok: true, typeAbbr: 'ĐA', type: 'de-an' })
  })

  it('accepts an issuer it does not know, without a name', () => {
    const code = parse('11-NQ/ĐUX')
    expect(code).toMatchObject({ ok: true, issuerAbbr: 'ĐUX', normalized: '11-NQ/ĐUX' })
    expect(code.ok && code.issuerName).toBeUndefined()
  })
})

describe('parseDocumentCode: State codes (Nghị định 30/2020/NĐ-CP)', () => {
  it.each([
    ['42/2022/NĐ-CP', 42, 2022, 'NĐ', 'khac', 'nghị định', 'CP', 'Chính phủ'],
    [
      '22/2023/TT-BTTTT',
      22,
      2023,
      'TT',
      'khac',
      'thông tư',
      'BTTTT',
      'Bộ Thông tin và Truyền thông',
    ],
    ['15/2024/QĐ-UBND', 15, 2024, 'QĐ', 'quyet-dinh', 'quyết định', 'UBND', 'Ủy ban nhân dân'],
    ['45/2025/NQ-HĐND', 45, 2025, 'NQ', 'nghi-quyet', 'nghị quyết', 'HĐND', 'Hội đồng nhân dân'],
    ['30/2020/NĐ-CP', 30, 2020, 'NĐ', 'khac', 'nghị định', 'CP', 'Chính phủ'],
    ['1234/QĐ-UBND', 1234, undefined, 'QĐ', 'quyet-dinh', 'quyết định', 'UBND', 'Ủy ban nhân dân'],
    ['56/KH-UBND', 56, undefined, 'KH', 'ke-hoach', 'kế hoạch', 'UBND', 'Ủy ban nhân dân'],
    ['123/UBND-VX', 123, undefined, '', 'cong-van', 'công văn', 'UBND', 'Ủy ban nhân dân'],
    ['12/QĐ-TTg', 12, undefined, 'QĐ', 'quyet-dinh', 'quyết định', 'TTg', 'Thủ tướng Chính phủ'],
    ['08/CT-TTg', 8, undefined, 'CT', 'chi-thi', 'chỉ thị', 'TTg', 'Thủ tướng Chính phủ'],
    ['77/TB-VPCP', 77, undefined, 'TB', 'thong-bao', 'thông báo', 'VPCP', 'Văn phòng Chính phủ'],
    ['45/2019/QH14', 45, 2019, '', 'khac', 'văn bản', 'QH14', 'Quốc hội'],
    ['03/2024/QyĐ-UBND', 3, 2024, 'QyĐ', 'quy-dinh', 'quy định', 'UBND', 'Ủy ban nhân dân'],
    ['19/BC-UBND', 19, undefined, 'BC', 'bao-cao', 'báo cáo', 'UBND', 'Ủy ban nhân dân'],
    ['05/TTr-SNV', 5, undefined, 'TTr', 'to-trinh', 'tờ trình', 'SNV', 'Sở Nội vụ'],
  ])('%s', (code, number, year, typeAbbr, type, typeName, issuerAbbr, issuerName) => {
    const parsed = parse(code)
    expect(parsed).toMatchObject({ ok: true, format: 'state', number, typeAbbr, type, typeName })
    expect(parsed).toMatchObject({ issuerAbbr, issuerName, normalized: code })
    expect(parsed.ok && parsed.year).toBe(year)
  })

  it('keeps the drafting unit of a công văn and the co-issuers of a joint circular', () => {
    expect(parse('123/UBND-VX')).toMatchObject({ issuerAbbr: 'UBND', unitAbbr: 'VX' })
    expect(parse('03/2016/TTLT-BTC-BNV')).toMatchObject({
      ok: true,
      typeName: 'thông tư liên tịch',
      issuerAbbr: 'BTC',
      unitAbbr: 'BNV',
    })
  })

  it('reads lower case, spaces and D for Đ the same way', () => {
    const typed: [string, string][] = [
      ['42/2022/nd-cp', '42/2022/NĐ-CP'],
      ['42 / 2022 / NĐ - CP', '42/2022/NĐ-CP'],
      ['45/2025/NQ-HDND', '45/2025/NQ-HĐND'],
      ['1234/qđ-ubnd', '1234/QĐ-UBND'],
      ['12/qd-ttg', '12/QĐ-TTg'],
      ['Số: 123/ubnd-vx', '123/UBND-VX'],
      ['09/2023/TT-BGDDT', '09/2023/TT-BGDĐT'],
    ]
    for (const [input, normalized] of typed) {
      expect(parse(input), input).toMatchObject({ ok: true, normalized })
    }
  })
})

describe('parseDocumentCode: codes it cannot read are refused with a reason', () => {
  it.each([
    ['', /Chưa nhập/],
    ['   ', /Chưa nhập/],
    ['15 NQ TU', /không đúng mẫu/],
    ['NQ-15/TU', /không đúng mẫu/],
    ['15-NQ', /không đúng mẫu/],
    ['15/NQ/TU', /không đúng mẫu/],
    ['Nghị quyết 15', /không đúng mẫu/],
    ['15-XY/TU', /Không nhận ra loại văn bản “XY”/],
    ['0-NQ/TU', /lớn hơn 0/],
    ['42/2099/NĐ-CP', /Năm ban hành 2099/],
    ['42/1900/NĐ-CP', /Năm ban hành 1900/],
    ['56/KH', /Thiếu tên cơ quan/],
    ['42/2022/XX-CP', /Không nhận ra loại văn bản “XX”/],
    ['15-NQ/TU/2024', /không đúng mẫu/],
  ])('%j', (code, reason) => {
    const parsed = parse(code)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.reason).toMatch(reason)
  })

  it('still gives a cleaned code to keep beside the flag', () => {
    expect(parse(' 15 - xy / tu ')).toMatchObject({ ok: false, normalized: '15-XY/TU' })
  })
})

describe('searchVariants', () => {
  it('lets "15-NQ/TU", "15 nq tu", "nq 15" and "nghị quyết số 15" find a Party resolution', () => {
    const variants = searchVariants('15-nq/tu')
    for (const v of [
      '15-NQ/TU',
      '15 NQ TU',
      'NQ 15',
      'nghị quyết 15',
      'nghị quyết số 15',
      'nghị quyết số 15-NQ/TU',
      'nghi quyet 15',
    ]) {
      expect(variants).toContain(v)
    }
    expect(new Set(variants).size).toBe(variants.length)
  })

  it('finds a leading-zero number with and without its zero', () => {
    const variants = searchVariants('05-CT/ĐU')
    expect(variants).toEqual(
      expect.arrayContaining(['CT 5', 'CT 05', 'chỉ thị 5', 'chỉ thị số 05', '05 CT ĐU']),
    )
  })

  it('gives State codes their year and kind', () => {
    const variants = searchVariants('42/2022/NĐ-CP')
    expect(variants).toEqual(
      expect.arrayContaining([
        '42/2022/NĐ-CP',
        '42/2022',
        'NĐ 42',
        'nghị định 42',
        'nghị định số 42/2022/NĐ-CP',
      ]),
    )
    expect(searchVariants('123/UBND-VX')).toEqual(
      expect.arrayContaining(['công văn 123', 'công văn số 123/UBND-VX']),
    )
  })

  it('gives an unreadable code only its cleaned self, and nothing for nothing', () => {
    expect(searchVariants('15 NQ TU')).toEqual(['15 NQ TU'])
    expect(searchVariants('  ')).toEqual([])
  })
})
