import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { getFreePort } from '../../src/launcher/ports'

export type TestSmtp = {
  port: number
  mails: ParsedMail[]
  /** Resolves with the first mail (already received or to come) that `match` accepts. */
  waitForMail: (match: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  stop: () => Promise<void>
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port, requiring AUTH with
 * `user` / `pass`; every accepted message is parsed with mailparser and kept in `mails`.
 */
export async function startTestSmtp(user: string, pass: string): Promise<TestSmtp> {
  const mails: ParsedMail[] = []
  const waiters: { match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] = []
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to make, and nodemailer must not expect STARTTLS.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth: (auth, _session, callback) =>
      auth.username === user && auth.password === pass
        ? callback(null, { user })
        : callback(new Error('Sai tài khoản SMTP')),
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail)
          for (const w of waiters.filter((w) => w.match(mail))) {
            waiters.splice(waiters.indexOf(w), 1)
            w.resolve(mail)
          }
          callback()
        })
        .catch(callback)
    },
  })
  const port = await getFreePort()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    port,
    mails,
    waitForMail: (match, timeoutMs = 30_000) => {
      const found = mails.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (m: ParsedMail) => (clearTimeout(timer), resolve(m)) }
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1)
          reject(new Error(`no matching mail within ${timeoutMs} ms (received ${mails.length})`))
        }, timeoutMs)
        waiters.push(waiter)
      })
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The first link in a mail's text part that `pattern` matches. */
export function linkIn(mail: ParsedMail, pattern: RegExp): string {
  const match = pattern.exec(mail.text ?? '')
  if (!match) throw new Error(`no link matching ${pattern} in:\n${mail.text}`)
  return match[0]
}

/** The portal's mail settings for a test SMTP server, with the province's sender and address. */
export function portalMailEnv(smtp: TestSmtp, user: string, pass: string): Record<string, string> {
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_USER: user,
    SMTP_PASS: pass,
    SMTP_FROM: 'Tỉnh ủy Vĩnh An <no-reply@vinhan.example.vn>',
    SERVER_URL: 'https://vinhan.example.vn',
  }
}
