import type { Payload } from 'payload'

import { mainPortalName } from '../sites/mainSite'
import { emailLayout } from './emailLayout'

export type Mail = {
  to: string | string[]
  subject: string
  heading: string
  paragraphs: string[]
  action?: { label: string; url: string }
  /** Extra mail headers (List-Unsubscribe for mail a reader can stop). */
  headers?: Record<string, string>
}

/**
 * Sends one mail in the portal's layout (Vietnamese, the portal's name at the top), through
 * whatever adapter is configured (SMTP or the log). Notifications go through here.
 */
export async function sendEmail(payload: Payload, mail: Mail): Promise<void> {
  const portalName = await mainPortalName(payload)
  await payload.sendEmail({
    to: mail.to,
    subject: mail.subject,
    headers: mail.headers,
    html: emailLayout({
      portalName: portalName || '',
      heading: mail.heading,
      paragraphs: mail.paragraphs,
      action: mail.action,
    }),
  })
}
