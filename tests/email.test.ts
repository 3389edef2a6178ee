import { describe, expect, it } from 'vitest'

import { htmlToText } from '../src/email/htmlToText'
import { formatLoggedEmail } from '../src/email/logEmailAdapter'
import { smtpSettings } from '../src/email/smtpSettings'

describe('smtpSettings', () => {
  it('is off without SMTP_HOST (mail goes to the log)', () => {
    expect(smtpSettings({ SMTP_PORT: '25', SMTP_FROM: 'a@b.vn' })).toBeNull()
  })

  it('reads host, port, credentials and a named sender', () => {
    expect(
      smtpSettings({
        SMTP_HOST: 'mail.tinh.vn',
        SMTP_PORT: '2525',
        SMTP_USER: 'u',
        SMTP_PASS: 'p',
        SMTP_FROM: '"Tỉnh ủy" <noreply@tinh.vn>',
      }),
    ).toMatchObject({
      transportOptions: {
        host: 'mail.tinh.vn',
        port: 2525,
        secure: false,
        auth: { user: 'u', pass: 'p' },
      },
      fromAddress: 'noreply@tinh.vn',
      fromName: 'Tỉnh ủy',
    })
  })

  it('uses TLS on 465 or with SMTP_SECURE, and sends without AUTH when no user is set', () => {
    expect(smtpSettings({ SMTP_HOST: 'h', SMTP_PORT: '465' })!.transportOptions).toMatchObject({
      port: 465,
      secure: true,
    })
    expect(smtpSettings({ SMTP_HOST: 'h', SMTP_SECURE: '1' })!.transportOptions).toMatchObject({
      port: 465,
      secure: true,
    })
    const plain = smtpSettings({ SMTP_HOST: 'h', SMTP_FROM: 'noreply@tinh.vn' })!
    expect(plain.transportOptions).toMatchObject({ port: 587, secure: false })
    expect(plain.transportOptions.auth).toBeUndefined()
    expect([plain.fromAddress, plain.fromName]).toEqual([
      'noreply@tinh.vn',
      'Cổng thông tin điện tử',
    ])
  })
})

describe('mail without SMTP', () => {
  it('is logged with its recipient, subject and the text, links included', () => {
    const line = formatLoggedEmail({
      to: [{ address: 'a@tinh.vn', name: 'A' }, 'b@tinh.vn'],
      subject: 'Đặt lại mật khẩu',
      html: '<p>Xin chào,</p><p><a href="http://x/admin/reset/abc">Đặt mật khẩu mới</a></p>',
    })
    expect(line).toBe(
      'Thư chưa được gửi (chưa cấu hình SMTP_HOST) — Đến: a@tinh.vn, b@tinh.vn — Tiêu đề: Đặt lại mật khẩu\nXin chào,\nĐặt mật khẩu mới: http://x/admin/reset/abc',
    )
  })
})

describe('htmlToText', () => {
  it('keeps paragraphs and link addresses, drops tags and decodes entities', () => {
    expect(
      htmlToText(
        '<html><head><title>t</title></head><body><p>Một &amp; hai</p><p>Ba<br>bốn <a href="https://x.vn/a?b=1&amp;c=2">https://x.vn/a?b=1&amp;c=2</a></p></body></html>',
      ),
    ).toBe('Một & hai\nBa\nbốn https://x.vn/a?b=1&c=2')
  })
})
