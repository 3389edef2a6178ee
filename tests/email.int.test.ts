import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendEmail } from '../src/email/sendEmail'
import { sqlPool } from '../src/lib/sqlPool'
import { rest } from './helpers/api'
import { linkIn, startTestSmtp, type TestSmtp } from './helpers/smtp'
import { startTestPayload } from './helpers/testPayload'

/**
 * Mail over real SMTP (a server this file starts, with AUTH) through @payloadcms/email-nodemailer,
 * and the whole password reset over the REST API: request, mail, new password, sign-in.
 */
const SMTP_USER = 'portal'
const SMTP_PASS = 'smtp-secret-123'
const OLD_PASSWORD = 'Mat-khau-cu-123'
const NEW_PASSWORD = 'Mat-khau-moi-456'
let smtp: TestSmtp
let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  smtp = await startTestSmtp(SMTP_USER, SMTP_PASS)
  ;({ payload, stop } = await startTestPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_USER,
    SMTP_PASS,
    SMTP_FROM: 'Ban Tuyên giáo Tỉnh ủy <no-reply@tinh.example.vn>',
    SERVER_URL: 'https://congthongtin.example.vn',
  }))
  await payload.create({
    collection: 'users',
    data: {
      email: 'chief@test.example.org',
      password: OLD_PASSWORD,
      name: 'Nguyễn Thị Tổng Biên Tập',
      roles: ['editor-in-chief'],
    },
  })
  // The main site (the migration makes one) names every mail.
  const { docs } = await payload.find({ collection: 'sites', where: { parent: { exists: false } } })
  await payload.update({
    collection: 'sites',
    id: docs[0].id,
    data: { settings: { portalName: 'Cổng thông tin Đảng bộ tỉnh Lào Cai' } },
  })
})

afterAll(async () => {
  await stop?.()
  await smtp?.stop()
})

describe('password reset by mail', () => {
  it('sends a Vietnamese mail with a working reset link; the new password signs in, the old one and the used link do not', async () => {
    const asked = await rest(payload, 'POST', '/api/users/forgot-password', {
      body: { email: 'chief@test.example.org' },
    })
    expect(asked.status).toBe(200)
    const mail = await smtp.waitForMail((m) => m.subject?.startsWith('Đặt lại mật khẩu') ?? false)
    expect(mail.subject).toBe('Đặt lại mật khẩu — Cổng thông tin Đảng bộ tỉnh Lào Cai')
    expect(mail.from?.value).toEqual([
      { address: 'no-reply@tinh.example.vn', name: 'Ban Tuyên giáo Tỉnh ủy' },
    ])
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value.map((a) => a.address)).toEqual([
      'chief@test.example.org',
    ])
    expect(mail.html).toContain('<html lang="vi">')
    expect(mail.text).toContain('Xin chào Nguyễn Thị Tổng Biên Tập,')
    expect(mail.text).toContain('liên kết có hiệu lực trong 1 giờ')

    const link = linkIn(mail, /https:\/\/congthongtin\.example\.vn\/admin\/reset\/[^\s]+/)
    const token = decodeURIComponent(link.split('/').pop()!)
    const { rows } = await sqlPool(payload).query(
      'SELECT reset_password_token FROM users WHERE email = $1',
      ['chief@test.example.org'],
    )
    expect(token).toBe(rows[0].reset_password_token)

    expect(
      (
        await rest(payload, 'POST', '/api/users/reset-password', {
          body: { token, password: NEW_PASSWORD },
        })
      ).status,
    ).toBe(200)
    const login = (password: string) =>
      rest(payload, 'POST', '/api/users/login', {
        body: { email: 'chief@test.example.org', password },
      })
    expect((await login(NEW_PASSWORD)).status).toBe(200)
    expect((await login(OLD_PASSWORD)).status).toBe(401)
    expect(
      (
        await rest(payload, 'POST', '/api/users/reset-password', {
          body: { token, password: 'Mat-khau-thu-ba-789' },
        })
      ).status,
    ).not.toBe(200)
    expect((await login(NEW_PASSWORD)).status).toBe(200)
  })

  it('answers an unknown address like a known one and sends nothing', async () => {
    const before = smtp.mails.length
    const asked = await rest(payload, 'POST', '/api/users/forgot-password', {
      body: { email: 'khong-ton-tai@test.example.org' },
    })
    expect(asked.status).toBe(200)
    await payload.sendEmail({ to: 'marker@test.example.org', subject: 'marker', text: 'marker' })
    await smtp.waitForMail((m) => m.subject === 'marker')
    expect(smtp.mails.slice(before).map((m) => m.subject)).toEqual(['marker'])
  })
})

describe('sendEmail', () => {
  it('sends a mail in the portal layout with a text part, escaping what people typed', async () => {
    await sendEmail(payload, {
      to: 'bandoc@test.example.org',
      subject: 'Ý kiến của bạn đã được trả lời',
      heading: 'Ý kiến đã được trả lời',
      paragraphs: ['Bài "Tin <b>nóng</b>" & bình luận của bạn.'],
      action: { label: 'Xem trả lời', url: 'https://congthongtin.example.vn/tin-tuc/a?b=1&c=2' },
    })
    const mail = await smtp.waitForMail((m) => m.subject === 'Ý kiến của bạn đã được trả lời')
    expect(mail.html).toContain(
      'Bài &quot;Tin &lt;b&gt;nóng&lt;/b&gt;&quot; &amp; bình luận của bạn.',
    )
    expect(mail.html).toContain('href="https://congthongtin.example.vn/tin-tuc/a?b=1&amp;c=2"')
    expect(mail.text).toContain('Cổng thông tin Đảng bộ tỉnh Lào Cai')
    expect(mail.text).toContain('Bài "Tin <b>nóng</b>" & bình luận của bạn.')
    expect(mail.text).toContain('Xem trả lời: https://congthongtin.example.vn/tin-tuc/a?b=1&c=2')
  })
})
