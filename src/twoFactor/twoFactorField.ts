import type { Field, FieldAccess } from 'payload'

import { hasRoleAnywhere } from '../sites/siteRoles'

const never: FieldAccess = () => false
/** Whether someone uses it: their own business and the admins' (who reset it for a lost phone). */
const selfOrAdmin: FieldAccess = ({ req, id, doc }) =>
  Boolean(req.user) &&
  (hasRoleAnywhere(req.user, 'admin') || String(req.user?.id) === String(id ?? doc?.id))

// Everything but `enabled` is hidden from every API: the secret and the recovery codes' hashes
// leave the server never, and only src/twoFactor writes them (overrideAccess).
const hidden = (field: Field): Field =>
  ({ ...field, hidden: true, access: { read: never, create: never, update: never } }) as Field

/** The `twoFactor` group on users (TOTP second factor, see src/twoFactor/). */
export const twoFactorField: Field = {
  name: 'twoFactor',
  type: 'group',
  label: { vi: 'Xác thực hai lớp', en: 'Two-factor sign-in' },
  admin: {
    description: {
      vi: 'Bật, tắt và mã khôi phục: trang "Xác thực hai lớp" (menu bên trái).',
      en: 'Turn on or off, recovery codes: the "Two-factor sign-in" page (left menu).',
    },
  },
  fields: [
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đang bật', en: 'On' },
      access: { read: selfOrAdmin, create: never, update: never },
      admin: { readOnly: true },
    },
    hidden({ name: 'secret', type: 'text' }),
    hidden({ name: 'pendingSecret', type: 'text' }),
    hidden({ name: 'recoveryCodes', type: 'json' }),
    hidden({ name: 'lastStep', type: 'number' }),
    hidden({ name: 'failures', type: 'number' }),
    hidden({ name: 'lockedUntil', type: 'date' }),
  ],
}
