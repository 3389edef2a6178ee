import type { EmailAdapter, SendEmailOptions } from 'payload'

import { htmlToText } from './htmlToText'
import { DEFAULT_FROM_NAME } from './smtpSettings'

/** One line per recipient list, whatever shape nodemailer's `to` has. */
export const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .filter(Boolean)
    .map((a) => (typeof a === 'string' ? a : a!.address))
    .join(', ')

/** The log entry for a mail that no server sends: who, what, and the text (links included). */
export function formatLoggedEmail(message: SendEmailOptions): string {
  const text =
    typeof message.text === 'string'
      ? message.text
      : htmlToText(typeof message.html === 'string' ? message.html : '')
  return `Thư chưa được gửi (chưa cấu hình SMTP_HOST) — Đến: ${recipients(message.to)} — Tiêu đề: ${message.subject ?? ''}\n${text}`
}

/**
 * Without SMTP, mail is written to the log in full, so an administrator can still pass on a
 * password-reset link. Payload's own console adapter logs only the recipient and subject.
 */
export const logEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'no-reply@localhost',
  defaultFromName: DEFAULT_FROM_NAME,
  sendEmail: async (message) => {
    payload.logger.warn(formatLoggedEmail(message))
  },
})
