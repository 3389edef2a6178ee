import { parseArgs } from 'node:util'
import { APIError, type Payload } from 'payload'

import { createSite } from '../sites/createSite'

const usage = `Cách dùng:
  npm run site -- create --name "Đảng ủy xã An Hòa" --slug xa-an-hoa [--domain anhoa.vinhan.dcs.vn] [--parent SLUG]
      (--domain có thể lặp lại; bỏ --parent: trực thuộc trang chính)
  npm run site -- list`

/** `npm run site -- create|list`: sites from the shell. Returns the exit code (2: wrong usage, 1: refused). */
export async function siteCommand(payload: Payload, argv: string[]): Promise<number> {
  const [action, ...rest] = argv
  if (action === 'list') return listSites(payload)
  if (action !== 'create') {
    console.error(usage)
    return 2
  }
  let values: { name?: string; slug?: string; domain?: string[]; parent?: string }
  try {
    ;({ values } = parseArgs({
      args: rest,
      options: {
        name: { type: 'string' },
        slug: { type: 'string' },
        domain: { type: 'string', multiple: true },
        parent: { type: 'string' },
      },
      strict: true,
    }))
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    return 2
  }
  const missing = (['name', 'slug'] as const).filter((k) => !values[k])
  if (missing.length) {
    console.error(`Thiếu tham số: ${missing.map((k) => `--${k}`).join(', ')}\n${usage}`)
    return 2
  }
  try {
    const site = await createSite(payload, {
      name: values.name!,
      slug: values.slug!,
      domains: values.domain,
      parent: values.parent,
    })
    console.log(`Đã tạo trang #${site.id} "${site.name}": phục vụ ngay tại /don-vi/${site.slug}/`)
    for (const d of site.domains ?? [])
      console.log(`  và tại http(s)://${d}/ (khi DNS trỏ về máy chủ)`)
    console.log('Giao vai trò cho cán bộ của trang: Quản trị → Tài khoản → "Trang đơn vị".')
    return 0
  } catch (error) {
    if (!(error instanceof APIError)) throw error
    console.error(`Không tạo được trang: ${error.message}`)
    return 1
  }
}

async function listSites(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'sites', limit: 0, depth: 1, sort: 'id' })
  console.table(
    docs.map((s) => ({
      id: s.id,
      name: s.name,
      slug: s.slug,
      domains: (s.domains ?? []).join(', '),
      parent: typeof s.parent === 'object' && s.parent ? s.parent.slug : '(trang chính)',
      path: typeof s.parent === 'object' && s.parent ? `/don-vi/${s.slug}/` : '/',
    })),
  )
  console.log(`Tổng cộng: ${docs.length} trang`)
  return 0
}
