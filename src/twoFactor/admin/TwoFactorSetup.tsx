'use client'
import React, { useState } from 'react'

import { Field } from './Field'
import { postJson } from './postJson'

type Credentials = { email: string; password: string }

/**
 * Turning two-factor sign-in on: a QR code for the authenticator app, a code from it, then the
 * recovery codes, shown this once. Signed in, or (a role that requires it, at the login page)
 * with the email and password just typed.
 */
export function TwoFactorSetup({
  credentials,
  onDone,
}: {
  credentials?: Credentials
  onDone: () => void
}) {
  const [setup, setSetup] = useState<{ qr: string; secret: string } | null>(null)
  const [code, setCode] = useState('')
  const [codes, setCodes] = useState<string[] | null>(null)
  const [error, setError] = useState('')

  const start = async () => {
    const res = await postJson<{ qr: string; secret: string }>('/api/users/two-factor/setup', {
      ...credentials,
    })
    if (res.ok) setSetup(res.data)
    else setError(res.message)
  }
  const confirm = async (event: React.FormEvent) => {
    event.preventDefault()
    const res = await postJson<{ recoveryCodes: string[] }>('/api/users/two-factor/enable', {
      ...credentials,
      code,
    })
    if (res.ok) setCodes(res.data.recoveryCodes)
    else setError(res.message)
  }

  if (codes) {
    return (
      <div className="two-factor-setup" data-testid="recovery-codes">
        <p>
          <strong>Đã bật xác thực hai lớp.</strong> Lưu các mã khôi phục dưới đây (in ra hoặc chép
          vào nơi an toàn). Mỗi mã dùng được một lần khi không có điện thoại. Các mã chỉ hiện lần
          này.
        </p>
        <ul style={{ fontFamily: 'monospace', fontSize: 16, columns: 2 }}>
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <button type="button" className="btn btn--style-primary btn--size-large" onClick={onDone}>
          Tôi đã lưu các mã này
        </button>
      </div>
    )
  }
  return (
    <div className="two-factor-setup">
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {!setup ? (
        <button type="button" className="btn btn--style-primary btn--size-large" onClick={start}>
          Tạo mã QR
        </button>
      ) : (
        <form onSubmit={confirm}>
          <p>
            Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…), quét mã QR hoặc
            nhập khóa, rồi nhập mã 6 số ứng dụng hiện.
          </p>
          {/* A data: URL made by our server; next/image adds nothing here. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={setup.qr}
            alt="Mã QR để thêm tài khoản vào ứng dụng xác thực"
            width={240}
            height={240}
          />
          <p>
            Khóa: <code data-testid="two-factor-secret">{setup.secret}</code>
          </p>
          <Field
            id="setup-code"
            label="Mã 6 số trên ứng dụng"
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            inputMode="numeric"
          />
          <button type="submit" className="btn btn--style-primary btn--size-large">
            Bật xác thực hai lớp
          </button>
        </form>
      )}
    </div>
  )
}
