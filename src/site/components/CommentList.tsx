import { formatArticleDate } from '../../lib/vietnamese'
import type { PublicComment } from '../queries'
import { ReplyButton } from './ReplyButton'

/**
 * Approved comments as plain text: React escapes everything, line breaks are kept by CSS
 * (white-space: pre-line), links are never made clickable. Closed: no reply buttons.
 */
export function CommentList({
  comments,
  closed = false,
}: {
  comments: PublicComment[]
  closed?: boolean
}) {
  if (!comments.length)
    return (
      <p className="comments__empty">
        {closed ? 'Chưa có bình luận nào.' : 'Chưa có bình luận nào. Mời bạn gửi ý kiến.'}
      </p>
    )
  const item = (c: PublicComment, canReply: boolean) => (
    <li key={c.id} className="comment" id={`binh-luan-${c.id}`}>
      <p className="comment__meta">
        <strong className="comment__author">{c.authorName}</strong>{' '}
        <time dateTime={c.createdAt}>{formatArticleDate(c.createdAt)}</time>
      </p>
      <p className="comment__content">{c.content}</p>
      {canReply ? <ReplyButton parentId={c.id} authorName={c.authorName} /> : null}
      {c.replies.length ? (
        <ol className="comment__replies">{c.replies.map((r) => item(r, false))}</ol>
      ) : null}
    </li>
  )
  return <ol className="comment-list">{comments.map((c) => item(c, !closed))}</ol>
}
