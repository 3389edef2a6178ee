import type SMTPConnection from 'nodemailer/lib/smtp-connection'

export type SmtpSettings = {
  transportOptions: SMTPConnection.Options
  fromAddress: string
  fromName: string
}

export const DEFAULT_FROM_NAME = 'Cổng thông tin điện tử'

/**
 * SMTP from the environment, or null when SMTP_HOST is unset (mail then goes to the log).
 * SMTP_FROM is `Tên <dia-chi@…>` or a bare address; SMTP_SECURE=1 means TLS from the first byte
 * (the default on port 465), otherwise STARTTLS is used when the server offers it.
 */
export function smtpSettings(
  env: Record<string, string | undefined> = process.env,
): SmtpSettings | null {
  if (!env.SMTP_HOST) return null
  const secure = env.SMTP_SECURE ? /^(1|true|yes)$/i.test(env.SMTP_SECURE) : env.SMTP_PORT === '465'
  const port = Number(env.SMTP_PORT || (secure ? 465 : 587))
  const from = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(env.SMTP_FROM ?? '')
  return {
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure,
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
      // An unreachable server fails a send within seconds instead of nodemailer's two minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    fromAddress: from ? from[2].trim() : env.SMTP_FROM?.trim() || 'no-reply@localhost',
    fromName: from?.[1].trim() || DEFAULT_FROM_NAME,
  }
}
