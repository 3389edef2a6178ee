import { idOf } from '../sites/siteRoles'

type Row = { site?: never; roles?: string[] | null }

const sorted = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).map((v) => String(v)).sort()
const text = (v: unknown) => (typeof v === 'string' ? v.normalize('NFC').trim() : v)

/** How each field is compared: the admin sends unchanged values back in other shapes. */
const normalize: Record<string, (v: unknown) => unknown> = {
  name: text,
  email: (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  roles: sorted,
  emailNotifications: (v) => v !== false,
  sites: (rows) =>
    sorted(
      (Array.isArray(rows) ? (rows as Row[]) : []).map(
        (r) => `${idOf(r.site)}:${sorted(r.roles).join(',')}`,
      ),
    ),
}
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
// Keys that describe the request rather than the account (twoFactor: nobody writes it by API).
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'categories', 'twoFactor'])
const SECRET = new Set(['password', 'confirm-password'])

/**
 * The fields other than `categories` that a patch would change on `account`: every key it names
 * whose value differs from the stored one (a password, named at all, is a change).
 */
export function changedAccountFields(
  patch: Record<string, unknown>,
  account: Record<string, unknown>,
): string[] {
  return Object.keys(patch).filter((key) => {
    if (IGNORED.has(key)) return false
    if (SECRET.has(key)) return Boolean(patch[key])
    const norm = normalize[key] ?? ((v: unknown) => v)
    return !same(norm(patch[key]), norm(account[key]))
  })
}

const LABELS: Record<string, string> = {
  name: 'họ và tên',
  email: 'email',
  password: 'mật khẩu',
  'confirm-password': 'mật khẩu',
  roles: 'vai trò',
  sites: 'trang đơn vị',
  emailNotifications: 'nhận thông báo qua email',
}

/** The fields in words, for the refusal. */
export const fieldNames = (keys: string[]): string =>
  [...new Set(keys.map((k) => LABELS[k] ?? k))].join(', ')
