import type { Mail } from '../../email/sendEmail'
import { REJECTION_REASONS } from '../rejectionReasons'

export type DecidedComment = {
  authorName: string
  content: string
  status: 'approved' | 'rejected'
  rejectionReason?: string | null
  rejectionNote?: string | null
}

const EXCERPT = 160

/** The reason a rejected commenter reads: the ground's label, or the moderator's note for "khác". */
export function rejectionText(reason?: string | null, note?: string | null): string {
  if (reason === 'khac') return note?.trim() || 'Khác'
  return REJECTION_REASONS.find((r) => r.value === reason)?.label ?? 'Không phù hợp quy định'
}

/**
 * The short Vietnamese mail telling a commenter what became of their comment, with one line to
 * stop such mail (and the List-Unsubscribe headers mail clients show as a button).
 */
export function commenterMail(args: {
  to: string
  comment: DecidedComment
  articleTitle: string
  articleUrl: string
  unsubscribeUrl: string
}): Mail {
  const { comment, articleTitle } = args
  const excerpt =
    [...comment.content].length > EXCERPT
      ? `${[...comment.content].slice(0, EXCERPT).join('')}…`
      : comment.content
  const approved = comment.status === 'approved'
  return {
    to: args.to,
    subject: approved ? 'Bình luận của bạn đã được đăng' : 'Bình luận của bạn không được đăng',
    heading: approved ? 'Bình luận của bạn đã được đăng' : 'Bình luận của bạn không được đăng',
    paragraphs: [
      `Kính gửi ${comment.authorName},`,
      approved
        ? `Bình luận của bạn về bài "${articleTitle}" đã được duyệt và đăng trên cổng thông tin.`
        : `Bình luận của bạn về bài "${articleTitle}" không được đăng.`,
      ...(approved
        ? []
        : [`Lý do: ${rejectionText(comment.rejectionReason, comment.rejectionNote)}.`]),
      `Nội dung bạn gửi: "${excerpt}"`,
      'Trân trọng cảm ơn bạn đã quan tâm.',
      `Không muốn nhận thêm thư về bình luận? Mở liên kết sau: ${args.unsubscribeUrl}`,
    ],
    action: approved ? { label: 'Xem bình luận', url: args.articleUrl } : undefined,
    headers: {
      'List-Unsubscribe': `<${args.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}
