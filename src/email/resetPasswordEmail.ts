import type { PayloadRequest } from 'payload'

import { mainPortalName } from '../sites/mainSite'
import { siteURL } from '../site/urls'
import { emailLayout } from './emailLayout'

type Args = {
  req?: PayloadRequest
  token?: string
  user?: { name?: string | null; email?: string | null }
}

export const RESET_LINK_HOURS = 1

const portalName = async (req?: PayloadRequest) =>
  req ? await mainPortalName(req.payload, req) : ''

/** The admin's reset page for this token, on the public address (SERVER_URL). */
export const resetPasswordUrl = (token: string, adminRoute = '/admin') =>
  `${siteURL()}${adminRoute}/reset/${encodeURIComponent(token)}`

/** Subject of the "Quên mật khẩu" mail (Users `auth.forgotPassword.generateEmailSubject`). */
export async function resetPasswordSubject({ req }: Args = {}): Promise<string> {
  const name = await portalName(req)
  return name ? `Đặt lại mật khẩu — ${name}` : 'Đặt lại mật khẩu'
}

/** Body of the "Quên mật khẩu" mail, in Vietnamese (Users `auth.forgotPassword.generateEmailHTML`). */
export async function resetPasswordHtml({ req, token, user }: Args = {}): Promise<string> {
  return emailLayout({
    portalName: await portalName(req),
    heading: 'Đặt lại mật khẩu',
    paragraphs: [
      `Xin chào ${user?.name || user?.email || ''},`,
      `Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản ${user?.email ?? ''}. Bấm vào liên kết dưới đây để đặt mật khẩu mới; liên kết có hiệu lực trong ${RESET_LINK_HOURS} giờ và chỉ dùng được một lần.`,
      'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
    ],
    action: {
      label: 'Đặt mật khẩu mới',
      url: resetPasswordUrl(token ?? '', req?.payload.config.routes.admin),
    },
  })
}
