import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { htmlToText } from './htmlToText'
import { logEmailAdapter } from './logEmailAdapter'
import { smtpSettings } from './smtpSettings'

/**
 * Payload's email: SMTP through @payloadcms/email-nodemailer when SMTP_HOST is set, otherwise the
 * log. Every mail sent over SMTP also gets a plain-text part made from its HTML.
 */
export async function emailAdapter(
  env: Record<string, string | undefined> = process.env,
): Promise<EmailAdapter> {
  const smtp = smtpSettings(env)
  if (!smtp) return logEmailAdapter
  const nodemailer = await nodemailerAdapter({
    defaultFromAddress: smtp.fromAddress,
    defaultFromName: smtp.fromName,
    transportOptions: smtp.transportOptions,
    // No connection at boot: an unreachable mail server must not hold up the start (it shows on send).
    skipVerify: true,
  })
  return (args) => {
    const adapter = nodemailer(args)
    return {
      ...adapter,
      sendEmail: (message) =>
        adapter.sendEmail(
          message.text || typeof message.html !== 'string'
            ? message
            : { ...message, text: htmlToText(message.html) },
        ),
    }
  }
}
