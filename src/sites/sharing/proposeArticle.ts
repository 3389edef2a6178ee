import { APIError, type PayloadRequest } from 'payload'

import type { ShareProposal } from '../../payload-types'
import { idOf } from '../siteRoles'
import { alsoOnIds } from './alsoOnIds'
import { canPublishOn } from './canPublishOn'
import { findArticle } from './findArticle'
import { resolveSites } from './resolveSites'
import { siteNames } from './siteNames'

/**
 * A commune's chief proposes a published article to a site above (the parent when `site` is not
 * given): a `share-proposals` row, never a write to the versioned article. The chief of that site
 * accepts or declines it (decideProposal). Throws APIError 400/403/404/409.
 */
export async function proposeArticle(args: {
  req: PayloadRequest
  id: unknown
  site?: unknown
  note?: unknown
}): Promise<ShareProposal> {
  const { req } = args
  const article = await findArticle(req, args.id)
  const origin = idOf(article.site)!
  if (!canPublishOn(req.user, origin))
    throw new APIError(
      'Chỉ Tổng biên tập hoặc quản trị của trang gốc đề xuất được tin này lên trang cấp trên.',
      403,
      null,
      true,
    )
  if (article._status !== 'published')
    throw new APIError('Chỉ đề xuất được tin bài đang xuất bản.', 409, null, true)
  const ancestors = await ancestorsOf(req, origin)
  if (!ancestors.length)
    throw new APIError('Trang chính không có trang cấp trên để đề xuất.', 400, null, true)
  const toSite =
    args.site === undefined || args.site === null || args.site === ''
      ? ancestors[0]
      : (await resolveSites(req, args.site))[0]
  if (!ancestors.includes(toSite))
    throw new APIError('Chỉ đề xuất được lên trang cấp trên của trang gốc.', 400, null, true)
  if (alsoOnIds(article.alsoOn).includes(toSite))
    throw new APIError(`Tin đã có trên trang ${await siteNames(req, [toSite])}.`, 409, null, true)
  const pending = await req.payload.count({
    collection: 'share-proposals',
    where: {
      and: [
        { article: { equals: article.id } },
        { toSite: { equals: toSite } },
        { status: { equals: 'pending' } },
      ],
    },
    req,
    overrideAccess: true,
  })
  if (pending.totalDocs)
    throw new APIError(
      `Tin này đã được đề xuất lên trang ${await siteNames(req, [toSite])} và đang chờ duyệt.`,
      409,
      null,
      true,
    )
  return req.payload.create({
    collection: 'share-proposals',
    data: {
      article: article.id,
      fromSite: origin,
      toSite,
      status: 'pending',
      proposedBy: req.user!.id,
      note: typeof args.note === 'string' ? args.note.normalize('NFC').trim() : undefined,
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/** The sites above `site`, nearest first (a cycle cannot loop: each site is visited once). */
async function ancestorsOf(req: PayloadRequest, site: number): Promise<number[]> {
  const chain: number[] = []
  let current: number | null = site
  while (current !== null) {
    const doc = await req.payload.findByID({
      collection: 'sites',
      id: current,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { parent: true },
    })
    const parent = idOf(doc?.parent)
    if (parent === null || parent === site || chain.includes(parent)) break
    chain.push(parent)
    current = parent
  }
  return chain
}
