import type { PayloadRequest } from 'payload'

import { idOf } from '../sites/siteRoles'

const ids = (list: unknown): number[] =>
  (Array.isArray(list) ? list : [])
    .map((c) => idOf(c as never))
    .filter((id): id is number => id !== null)

/**
 * The categories added or removed between `before` and `after` that do not belong to one of
 * `sites` (a chief changes only their own sites' columns; another site's stay as that site's chief
 * left them). Unknown ids count as outside.
 */
export async function categoriesOutside(
  req: PayloadRequest,
  before: unknown,
  after: unknown,
  sites: 'all' | number[],
): Promise<number[]> {
  const was = ids(before)
  const now = ids(after)
  const changed = [
    ...now.filter((id) => !was.includes(id)),
    ...was.filter((id) => !now.includes(id)),
  ]
  if (!changed.length || sites === 'all') return []
  const found = await req.payload.find({
    collection: 'categories',
    where: { id: { in: changed } },
    select: { site: true },
    depth: 0,
    limit: changed.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const inside = found.docs.filter((c) => sites.includes(idOf(c.site as never) ?? -1))
  return changed.filter((id) => !inside.some((c) => c.id === id))
}
