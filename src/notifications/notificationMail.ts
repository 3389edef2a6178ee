import type { Mail } from '../email/sendEmail'
import type { Notification } from '../payload-types'
import { siteURL } from '../site/urls'
import { idOf } from '../sites/siteRoles'
import type { NotificationKind } from './notificationKinds'

const headings: Record<NotificationKind, string> = {
  submitted: 'Có bài chờ duyệt',
  returned: 'Bài của bạn bị trả lại',
  published: 'Bài của bạn đã được xuất bản',
  comments: 'Có bình luận chờ duyệt',
}
const subjects: Record<NotificationKind, string> = {
  submitted: 'Bài chờ duyệt',
  returned: 'Bài bị trả lại',
  published: 'Bài đã xuất bản',
  comments: 'Bình luận chờ duyệt',
}

/**
 * The mail of one notification: Vietnamese subject ("Bài chờ duyệt: {title}"), the notice's
 * text, a link into the admin and how to stop these mails.
 */
export function notificationMail(
  n: Notification,
  to: { email: string; name: string },
  articleTitle?: string,
): Mail {
  const kind = n.kind as NotificationKind
  const site = idOf(n.site as never)
  const path =
    kind === 'comments'
      ? `/admin/binh-luan-cho-duyet${site ? `?site=${site}` : ''}`
      : `/admin/collections/articles/${idOf(n.article as never)}`
  return {
    to: to.email,
    subject: `${subjects[kind]}: ${articleTitle ?? n.text}`.slice(0, 200),
    heading: headings[kind],
    paragraphs: [
      `Kính gửi ${to.name},`,
      n.text,
      'Bạn có thể tắt thư thông báo trong trang "Tài khoản" của mình (mục "Nhận thông báo qua email").',
    ],
    action: {
      label: kind === 'comments' ? 'Mở hàng đợi kiểm duyệt' : 'Mở tin bài',
      url: `${siteURL()}${path}`,
    },
  }
}
