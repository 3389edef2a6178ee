/** A moderator's choice for one article: `auto` follows the site's delay. */
export type ClosingState = 'auto' | 'open' | 'closed'

export type ClosingFacts = {
  /** The editor's switch on the article ("Cho phép bình luận"): off means never open. */
  allowComments: boolean
  publishedAt: string | Date | null
  /** The site's settings.commentsCloseAfterDays; 0 or empty: never by time. */
  closeAfterDays: number | null
  state: ClosingState
}

const DAY_MS = 86_400_000

/** When the site's delay closes the article's comments (null: never). */
export function autoCloseAt(facts: ClosingFacts): Date | null {
  if (!facts.closeAfterDays || facts.closeAfterDays <= 0 || !facts.publishedAt) return null
  return new Date(new Date(facts.publishedAt).getTime() + facts.closeAfterDays * DAY_MS)
}

/**
 * Whether an article takes no more comments at `now`: the editor turned comments off, a moderator
 * closed them, or the site's delay after publication has passed and no moderator reopened them.
 */
export function isCommentingClosed(facts: ClosingFacts, now: Date = new Date()): boolean {
  if (!facts.allowComments || facts.state === 'closed') return true
  if (facts.state === 'open') return false
  const closesAt = autoCloseAt(facts)
  return closesAt !== null && closesAt.getTime() <= now.getTime()
}
