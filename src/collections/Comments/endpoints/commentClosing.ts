import { APIError, type Endpoint } from 'payload'

import { ROLES } from '../../../access/roles'
import {
  readCommentClosing,
  type CommentClosing,
} from '../../../comments/closing/readCommentClosing'
import { setCommentClosing } from '../../../comments/closing/setCommentClosing'
import { revalidateArticleSites } from '../../../site/revalidateHooks'
import { errorResponse } from '../../../lib/errorResponse'
import { jsonEndpoint } from '../../../lib/jsonEndpoint'
import { sqlPool } from '../../../lib/sqlPool'
import { hasRoleAnywhere, hasRoleOnSite } from '../../../sites/siteRoles'

/**
 * POST /api/comments/closing { article, state: "closed" | "open" | "auto" } (moderators and admins
 * of the article's site) → 200 { article, state, closed, autoClosesAt }.
 */
export const setCommentClosingEndpoint: Endpoint = jsonEndpoint('/closing', async (req, body) => {
  const article = Number(body.article)
  if (!Number.isInteger(article) || article <= 0)
    throw new APIError('Thiếu mã bài viết.', 400, undefined, true)
  const result = await setCommentClosing(req.payload, req.user as never, article, body.state)
  if (!result.ok) throw new APIError(result.message, result.status, undefined, true)
  await revalidateArticleSites(req, article) // the page shows the form, or "Bình luận đã đóng"
  return { article, ...withoutSite(result.closing) }
})

/**
 * GET /api/comments/closing?article=ID (staff) → the same shape, whether it takes comments now,
 * and `canChange`: whether this user may close or reopen them.
 */
export const readCommentClosingEndpoint: Endpoint = {
  path: '/closing',
  method: 'get',
  handler: async (req) => {
    if (!hasRoleAnywhere(req.user, ...ROLES)) return errorResponse(403, 'Bạn cần đăng nhập.')
    const article = Number(req.searchParams.get('article'))
    const valid = Number.isInteger(article) && article > 0
    const found = valid ? await readCommentClosing(sqlPool(req.payload), article) : null
    if (!found) return errorResponse(404, 'Không tìm thấy bài viết.')
    const canChange = hasRoleOnSite(req.user, found.siteId, 'admin', 'moderator')
    return Response.json({ article, ...withoutSite(found), canChange })
  },
}

/** What callers see: not the site id. */
const withoutSite = ({ state, closed, autoClosesAt }: CommentClosing) => ({
  state,
  closed,
  autoClosesAt,
})
