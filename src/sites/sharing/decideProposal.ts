import { sql } from '@payloadcms/db-postgres'
import { APIError, type PayloadRequest } from 'payload'

import { executeSql } from '../../lib/executeSql'
import type { ShareProposal } from '../../payload-types'
import { idOf } from '../siteRoles'
import { alsoOnIds } from './alsoOnIds'
import { canPublishOn } from './canPublishOn'
import { inTransaction } from './inTransaction'
import { siteNames } from './siteNames'
import { writeAlsoOn } from './writeAlsoOn'

export type Decision = 'accept' | 'decline'

/**
 * The chief (admin or editor-in-chief) of the proposal's target site accepts it, which adds that
 * site to the article's `alsoOn` (writeAlsoOn: no new draft, no touch to the rest of the article),
 * or declines it. A proposal is decided once. Throws APIError 403/404/409.
 */
export async function decideProposal(args: {
  req: PayloadRequest
  id: unknown
  decision: Decision
  note?: unknown
}): Promise<ShareProposal> {
  const { req, decision } = args
  return inTransaction(req, async () => {
    const id = /^\d+$/.test(String(args.id)) ? Number(args.id) : null
    // Two chiefs deciding at once: the second waits here, then sees the proposal decided.
    if (id !== null)
      await executeSql(req, sql`SELECT id FROM share_proposals WHERE id = ${id} FOR UPDATE`)
    const proposal =
      id === null
        ? null
        : await req.payload.findByID({
            collection: 'share-proposals',
            id,
            depth: 0,
            req,
            overrideAccess: true,
            disableErrors: true,
          })
    if (!proposal) throw new APIError('Không tìm thấy đề xuất.', 404, null, true)
    const toSite = idOf(proposal.toSite)!
    if (!canPublishOn(req.user, toSite))
      throw new APIError(
        `Chỉ Tổng biên tập hoặc quản trị của trang ${await siteNames(req, [toSite])} duyệt được đề xuất này.`,
        403,
        null,
        true,
      )
    if (proposal.status !== 'pending')
      throw new APIError('Đề xuất này đã được xử lý.', 409, null, true)
    const articleId = idOf(proposal.article)
    if (decision === 'accept') {
      const article =
        articleId === null
          ? null
          : await req.payload.findByID({
              collection: 'articles',
              id: articleId,
              depth: 0,
              req,
              overrideAccess: true,
              disableErrors: true,
            })
      if (!article) throw new APIError('Tin bài được đề xuất không còn.', 409, null, true)
      if (!alsoOnIds(article.alsoOn).includes(toSite))
        await writeAlsoOn(req, article.id, { add: [toSite] })
    }
    return req.payload.update({
      collection: 'share-proposals',
      id: proposal.id,
      data: {
        status: decision === 'accept' ? 'accepted' : 'declined',
        decidedBy: req.user!.id,
        decidedAt: new Date().toISOString(),
        decisionNote: typeof args.note === 'string' ? args.note.normalize('NFC').trim() : undefined,
      },
      req,
      overrideAccess: true,
      depth: 0,
    })
  })
}
