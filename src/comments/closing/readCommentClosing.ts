import type { Pool } from 'pg'

import {
  autoCloseAt,
  isCommentingClosed,
  type ClosingFacts,
  type ClosingState,
} from './isCommentingClosed'

export type CommentClosing = {
  siteId: number
  state: ClosingState
  closed: boolean
  /** When the site's delay closes (or closed) the comments; null: never by time. */
  autoClosesAt: string | null
}

/**
 * Everything that decides whether an article takes comments, read in one statement (the
 * article's own site decides, also where a shared copy is shown). Null: no such article.
 */
export async function readCommentClosing(
  pool: Pool,
  articleId: number,
  now: Date = new Date(),
): Promise<CommentClosing | null> {
  const { rows } = await pool.query<{
    site_id: number
    allow_comments: boolean | null
    published_at: Date | null
    days: number | null
    state: 'open' | 'closed' | null
  }>(
    `SELECT a.site_id, a.allow_comments, a.published_at,
            s.settings_comments_close_after_days AS days, c.state
       FROM articles a
       JOIN sites s ON s.id = a.site_id
       LEFT JOIN comment_closures c ON c.article_id = a.id
      WHERE a.id = $1`,
    [articleId],
  )
  const row = rows[0]
  if (!row) return null
  const facts: ClosingFacts = {
    allowComments: row.allow_comments !== false,
    publishedAt: row.published_at,
    closeAfterDays: row.days === null ? null : Number(row.days),
    state: row.state ?? 'auto',
  }
  const closesAt = autoCloseAt(facts)
  return {
    siteId: row.site_id,
    state: facts.state,
    closed: isCommentingClosed(facts, now),
    autoClosesAt: closesAt ? closesAt.toISOString() : null,
  }
}
