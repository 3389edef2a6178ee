import { APIError, type PayloadRequest } from 'payload'

import { idOf } from '../siteRoles'
import { alsoOnError } from './alsoOnError'
import { alsoOnIds } from './alsoOnIds'
import { canPublishOn } from './canPublishOn'
import { checkAlsoOnChange } from './checkAlsoOnChange'
import { findArticle } from './findArticle'
import { inTransaction } from './inTransaction'
import { resolveSites } from './resolveSites'
import { writeAlsoOn } from './writeAlsoOn'

export type ShareResult = { alsoOn: number[]; added: number[]; removed: number[] }

/**
 * The origin's chief shares a published article down: to chosen sites (ids or slugs), or to
 * `'all-children'`, the sites under the article's own site where the chief may publish. Needs the
 * right to publish on the origin (it is the owner's decision) and on every site added. Throws
 * APIError 400/403/404/409 with a Vietnamese message.
 */
export async function shareArticle(args: {
  req: PayloadRequest
  id: unknown
  sites: unknown
}): Promise<ShareResult> {
  const { req } = args
  return inTransaction(req, async () => {
    const article = await findArticle(req, args.id)
    const origin = idOf(article.site)
    if (!canPublishOn(req.user, origin))
      throw new APIError(
        'Chỉ Tổng biên tập hoặc quản trị của trang gốc chia sẻ được tin này. Trang cấp dưới hãy dùng "Đề xuất lên trang cấp trên".',
        403,
        null,
        true,
      )
    if (article._status !== 'published')
      throw new APIError('Chỉ chia sẻ được tin bài đang xuất bản.', 409, null, true)
    const targets =
      args.sites === 'all-children'
        ? await publishableChildren(req, origin!)
        : await resolveSites(req, args.sites)
    const before = alsoOnIds(article.alsoOn)
    const after = [...new Set([...before, ...targets.filter((s) => s !== origin)])]
    const check = checkAlsoOnChange({ user: req.user, origin, before, after })
    if (!check.ok) throw await alsoOnError(req, check)
    await writeAlsoOn(req, article.id, { add: check.added })
    return { alsoOn: after, added: check.added, removed: [] }
  })
}

/**
 * Takes sites off an article's `alsoOn`: `'all'`, or chosen sites. Allowed with the right to
 * publish on the origin (the owner withdraws it) or on each site removed (that site opts out).
 */
export async function unshareArticle(args: {
  req: PayloadRequest
  id: unknown
  sites: unknown
}): Promise<ShareResult> {
  const { req } = args
  return inTransaction(req, async () => {
    const article = await findArticle(req, args.id)
    const origin = idOf(article.site)
    const before = alsoOnIds(article.alsoOn)
    const targets = args.sites === 'all' ? before : await resolveSites(req, args.sites)
    const after = before.filter((s) => !targets.includes(s))
    const check = checkAlsoOnChange({ user: req.user, origin, before, after })
    if (!check.ok) throw await alsoOnError(req, check)
    await writeAlsoOn(req, article.id, { remove: check.removed })
    return { alsoOn: after, added: [], removed: check.removed }
  })
}

async function publishableChildren(req: PayloadRequest, origin: number): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { parent: { equals: origin } },
    limit: 0,
    depth: 0,
    req,
    overrideAccess: true,
    select: { slug: true },
  })
  const ids = docs.map((d) => d.id).filter((id) => canPublishOn(req.user, id))
  if (!ids.length)
    throw new APIError(
      'Không có trang đơn vị cấp dưới nào mà bạn có quyền xuất bản.',
      403,
      null,
      true,
    )
  return ids
}
