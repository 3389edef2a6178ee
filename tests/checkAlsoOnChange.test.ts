import { describe, expect, it } from 'vitest'

import { checkAlsoOnChange } from '../src/sites/sharing/checkAlsoOnChange'

// Sites: 1 the province (origin of nothing here), 2 and 3 communes; the article's origin is 2.
const provinceChief = { roles: ['editor-in-chief'] }
const communeChief = { roles: [], sites: [{ site: 2, roles: ['editor-in-chief'] }] }
const otherChief = { roles: [], sites: [{ site: 3, roles: ['admin'] }] }
const communeEditor = { roles: [], sites: [{ site: 2, roles: ['editor'] }] }
const check = (user: object, before: number[], after: number[]) =>
  checkAlsoOnChange({ user, origin: 2, before, after })

describe('checkAlsoOnChange', () => {
  it('adding needs the right to publish on the site added', () => {
    expect(check(provinceChief, [], [1, 3])).toEqual({ ok: true, added: [1, 3], removed: [] })
    expect(check(communeChief, [], [1])).toEqual({ ok: false, action: 'add', sites: [1] })
    expect(check(otherChief, [], [3])).toEqual({ ok: true, added: [3], removed: [] })
    expect(check(communeEditor, [], [3])).toEqual({ ok: false, action: 'add', sites: [3] })
  })

  it('removing needs that right on the site removed or on the origin', () => {
    expect(check(communeChief, [1, 3], [])).toEqual({ ok: true, added: [], removed: [1, 3] })
    expect(check(otherChief, [1, 3], [1])).toEqual({ ok: true, added: [], removed: [3] })
    expect(check(otherChief, [1, 3], [3])).toEqual({ ok: false, action: 'remove', sites: [1] })
    expect(check(communeEditor, [1], [])).toEqual({ ok: false, action: 'remove', sites: [1] })
  })

  it('an unchanged list needs no right at all', () => {
    expect(check(communeEditor, [1, 3], [3, 1])).toEqual({ ok: true, added: [], removed: [] })
    expect(check(null as never, [], [])).toEqual({ ok: true, added: [], removed: [] })
  })
})
