import { describe, expect, it } from 'vitest'

import { computeValidity } from '../src/documents/computeValidity'
import { describeDocumentCode } from '../src/documents/describeDocumentCode'
import { publishingRefusal } from '../src/documents/secrecy'

// 10:00 on 15/06/2026 in Hà Nội.
const now = new Date('2026-06-15T03:00:00Z')

describe('computeValidity', () => {
  it('in force without dates', () => {
    expect(computeValidity({}, [], now)).toEqual({ status: 'con', label: 'Còn hiệu lực' })
  })
  it('in force between its effective and expiry dates', () => {
    const doc = { effectiveAt: '2026-01-01T00:00:00Z', expiresAt: '2026-12-31T00:00:00Z' }
    expect(computeValidity(doc, [], now).status).toBe('con')
  })
  it('still in force all of its last day, in Vietnam time', () => {
    // Stored as midnight in Vietnam: 14/06 17:00 UTC is 15/06 in Hà Nội.
    expect(computeValidity({ expiresAt: '2026-06-14T17:00:00Z' }, [], now).status).toBe('con')
    expect(computeValidity({ expiresAt: '2026-06-13T17:00:00Z' }, [], now)).toEqual({
      status: 'het',
      label: 'Hết hiệu lực',
    })
  })
  it('not yet in force before its effective date', () => {
    expect(computeValidity({ effectiveAt: '2026-07-01T00:00:00Z' }, [], now)).toEqual({
      status: 'chua',
      label: 'Chưa có hiệu lực',
    })
  })
  it('replaced wins over dates, naming the replacing codes', () => {
    const replaced = computeValidity(
      { expiresAt: '2020-01-01T00:00:00Z' },
      [{ code: '20-NQ/TU', title: 'Nghị quyết mới' }, { title: 'Kết luận không số' }],
      now,
    )
    expect(replaced).toEqual({
      status: 'thay-the',
      label: 'Bị thay thế bởi 20-NQ/TU, Kết luận không số',
    })
  })
})

describe('describeDocumentCode', () => {
  it('canonical code, parts and suggestions of a Party code', () => {
    expect(describeDocumentCode(' 15 - nq / tu ', now)).toEqual({
      code: '15-NQ/TU',
      parts: {
        readable: true,
        number: 15,
        year: null,
        typeAbbr: 'NQ',
        issuerAbbr: 'TU',
        problem: '',
      },
      type: 'nghi-quyet',
      issuer: 'Tỉnh ủy',
    })
  })
  it('a State code with its year', () => {
    const { code, parts, type, issuer } = describeDocumentCode('42/2022/NĐ-CP', now)
    expect({ code, year: parts.year, type, issuer }).toEqual({
      code: '42/2022/NĐ-CP',
      year: 2022,
      type: 'khac',
      issuer: 'Chính phủ',
    })
  })
  it('an unknown shape is kept as typed and flagged with a reason', () => {
    const described = describeDocumentCode('Văn bản số bảy', now)
    expect(described.code).toBe('Văn bản số bảy')
    expect(described.parts.readable).toBe(false)
    expect(described.parts.problem).toMatch(/không đúng mẫu/)
    expect(described.type).toBeUndefined()
  })
})

describe('publishingRefusal', () => {
  it.each([
    [{ secrecy: 'thuong', scope: 'public' }, null],
    [{}, null],
    [{ secrecy: 'mat', scope: 'public' }, /độ mật "Mật"/],
    [{ secrecy: 'toi-mat' }, /Tối mật/],
    [{ secrecy: 'tuyet-mat' }, /Tuyệt mật/],
    [{ secrecy: 'thuong', scope: 'internal' }, /Nội bộ/],
  ])('%o', (doc, expected) => {
    const refusal = publishingRefusal(doc)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toMatch(expected)
  })
})
