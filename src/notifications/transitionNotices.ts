import type { PayloadRequest } from 'payload'

import { idOf } from '../sites/siteRoles'
import type { Notice } from './createNotification'
import { findStaffWithRole } from './findStaffWithRole'

type Transition = {
  id: number
  from?: string | null
  to: string
  by?: unknown
  note?: string | null
  correction?: boolean | null
}
type ArticleRef = {
  id: number
  title: string
  site?: unknown
  createdBy?: unknown
  submittedBy?: unknown
}

/**
 * Who hears of an article's transition (DESIGN, "Notifications"): submitted → the site's editors
 * and chief; returned → its author, with the note; published → its author. Never the person who
 * acted. One notice per recipient, keyed by the transition.
 */
export async function transitionNotices(
  req: PayloadRequest,
  t: Transition,
  article: ArticleRef,
): Promise<Notice[]> {
  const site = idOf(article.site as never)
  // A correction belongs to whoever submitted it, who may not be the article's first author.
  const author =
    (t.correction ? idOf(article.submittedBy as never) : null) ?? idOf(article.createdBy as never)
  const title = t.correction ? `"${article.title}" (bản đính chính)` : `"${article.title}"`
  const by = idOf(t.by as never)
  let kind: Notice['kind']
  let text: string
  let recipients: number[]
  if (t.to === 'in_review' && site !== null) {
    kind = 'submitted'
    text = `Bài ${title} được gửi duyệt.`
    recipients = (await findStaffWithRole(req, site, ['editor', 'editor-in-chief'])).map(
      (u) => u.id,
    )
  } else if (t.to === 'draft' && t.from === 'in_review') {
    kind = 'returned'
    text = `Bài ${title} bị trả lại. Lý do: ${t.note || '(không ghi)'}`
    recipients = author === null ? [] : [author]
  } else if (t.to === 'published') {
    kind = 'published'
    text = `Bài ${title} đã được duyệt xuất bản.`
    recipients = author === null ? [] : [author]
  } else return []
  return [...new Set(recipients)]
    .filter((id) => id !== by)
    .map((recipient) => ({
      recipient,
      kind,
      text,
      key: `transition:${t.id}:${recipient}`,
      article: article.id,
      site,
    }))
}
