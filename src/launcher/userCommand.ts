import { parseArgs } from 'node:util'
import type { Payload } from 'payload'

import { ROLES } from '../access/roles'

const usage = `Cách dùng:
  npm run user -- create --email E --password P --role R --name N [--site SLUG]
      (R: ${ROLES.join(', ')}; nhiều vai trò cách nhau bằng dấu phẩy;
       --site: vai trò chỉ trên trang đơn vị đó, không có: trên mọi trang)
  npm run user -- list`

/** `npm run user -- create|list`: account administration from the shell. Returns the exit code. */
export async function userCommand(payload: Payload, argv: string[]): Promise<number> {
  const [action, ...rest] = argv
  if (action === 'list') {
    const { docs } = await payload.find({ collection: 'users', limit: 0, sort: 'email' })
    console.table(
      docs.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        roles: (u.roles ?? []).join(', '),
      })),
    )
    console.log(`Tổng cộng: ${docs.length} tài khoản`)
    return 0
  }
  if (action !== 'create') {
    console.error(usage)
    return 2
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      site: { type: 'string' },
    },
    strict: true,
  })
  const roles = (values.role ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
  const missing = (['email', 'password', 'role', 'name'] as const).filter((k) => !values[k])
  if (missing.length) {
    console.error(`Thiếu tham số: ${missing.map((k) => `--${k}`).join(', ')}\n${usage}`)
    return 2
  }
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r))
  if (unknown.length) {
    console.error(`Vai trò không hợp lệ: ${unknown.join(', ')}. Các vai trò: ${ROLES.join(', ')}`)
    return 2
  }
  let site: { id: number; name: string } | undefined
  if (values.site) {
    const { docs } = await payload.find({
      collection: 'sites',
      where: { slug: { equals: values.site.toLowerCase() } },
      limit: 1,
      depth: 0,
    })
    site = docs[0]
    if (!site) {
      console.error(`Không có trang đơn vị "${values.site}" (xem: npm run site -- list)`)
      return 1
    }
  }
  try {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: values.email!,
        password: values.password!,
        name: values.name!,
        // With --site the roles hold on that site only (a commune's staff).
        roles: (site ? [] : roles) as never,
        ...(site ? { sites: [{ site: site.id, roles: roles as never }] } : {}),
      },
    })
    console.log(
      `Đã tạo tài khoản #${user.id} ${user.email} (${roles.join(', ')}${site ? ` trên trang "${site.name}"` : ', mọi trang'})`,
    )
    return 0
  } catch (error) {
    const details = (error as { data?: { errors?: { message: string; path: string }[] } }).data
      ?.errors
    console.error(
      `Không tạo được tài khoản: ${details?.map((e) => `${e.path}: ${e.message}`).join('; ') || (error as Error).message}`,
    )
    return 1
  }
}
