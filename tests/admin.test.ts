import { describe, expect, it } from 'vitest'

import { initials } from '../src/admin/initials'

describe('admin avatar initials', () => {
  it('takes the family and given names, in upper case, NFC', () => {
    expect(initials('Nguyễn Văn An')).toBe('NA')
    expect(initials('  đặng   thị  ánh ')).toBe('ĐÁ')
    expect(initials('Ê'.normalize('NFD') + 'm')).toBe('Ê')
    expect(initials('', 'chief@example.org')).toBe('C')
    expect(initials(null, null)).toBe('?')
  })
})
