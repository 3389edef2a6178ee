import type { Payload } from 'payload'

import { sqlPool } from '../../lib/sqlPool'
import { hasRoleOnSite, type SiteUser } from '../../sites/siteRoles'
import type { ClosingState } from './isCommentingClosed'
import { readCommentClosing, type CommentClosing } from './readCommentClosing'

export type SetClosingResult =
  { ok: true; closing: CommentClosing } | { ok: false; status: 400 | 403 | 404; message: string }

const STATES: ClosingState[] = ['auto', 'open', 'closed']

/**
 * A moderator (or admin) of the article's site closes its comments, reopens them, or hands them
 * back to the site's delay (`auto`). Moderators cannot edit articles, so this writes the small
 * comment_closures table, never the article. Transport-free: the endpoint is
 * collections/Comments/endpoints/commentClosing.ts.
 */
export async function setCommentClosing(
  payload: Payload,
  user: SiteUser & { id?: number | string },
  articleId: number,
  state: unknown,
): Promise<SetClosingResult> {
  if (!STATES.includes(state as ClosingState))
    return { ok: false, status: 400, message: 'Trạng thái phải là "closed", "open" hoặc "auto".' }
  const pool = sqlPool(payload)
  const current = await readCommentClosing(pool, articleId)
  if (!current) return { ok: false, status: 404, message: 'Không tìm thấy bài viết.' }
  if (!hasRoleOnSite(user, current.siteId, 'admin', 'moderator'))
    return {
      ok: false,
      status: 403,
      message: 'Chỉ kiểm duyệt viên và quản trị viên của trang đơn vị được đóng, mở bình luận.',
    }
  if (state === 'auto') {
    await pool.query('DELETE FROM comment_closures WHERE article_id = $1', [articleId])
  } else {
    await pool.query(
      `INSERT INTO comment_closures (article_id, state, changed_by_id)
         VALUES ($1, $2, $3)
       ON CONFLICT (article_id) DO UPDATE
         SET state = EXCLUDED.state, changed_by_id = EXCLUDED.changed_by_id, updated_at = now()`,
      [articleId, state, Number(user?.id) || null],
    )
  }
  return { ok: true, closing: (await readCommentClosing(pool, articleId))! }
}
