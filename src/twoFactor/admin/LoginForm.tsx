'use client'
import Link from 'next/link'
import React, { useState } from 'react'

import { Field } from './Field'
import { postJson } from './postJson'
import { TwoFactorSetup } from './TwoFactorSetup'

type Step = 'password' | 'code' | 'setup'

/**
 * The admin's sign-in (in place of Payload's form, which cannot send a second factor): email and
 * password, then the code when the account uses two-factor sign-in, or its setup when the
 * account's role requires it. The server decides each step (POST /api/users/login).
 */
export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [step, setStep] = useState<Step>('password')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const res = await postJson(
      '/api/users/login',
      step === 'code' ? { email, password, code } : { email, password },
    )
    setBusy(false)
    if (res.ok) return window.location.assign(redirectTo)
    if (res.twoFactor === 'code-needed' && step !== 'code') {
      setError('')
      return setStep('code')
    }
    if (res.twoFactor === 'setup-needed') {
      setError('')
      return setStep('setup')
    }
    setError(res.message)
  }

  if (step === 'setup') {
    return (
      <div className="login__form">
        <p>
          Vai trò của bạn bắt buộc xác thực hai lớp. Thiết lập bằng ứng dụng xác thực trên điện
          thoại, rồi đăng nhập lại với mã 6 số.
        </p>
        <TwoFactorSetup credentials={{ email, password }} onDone={() => setStep('code')} />
      </div>
    )
  }
  return (
    <form className="login__form" onSubmit={submit} noValidate={false}>
      {error && (
        <p role="alert" className="login__error" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      <div className="login__form__inputWrap">
        <Field
          id="email"
          label="Email"
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="email"
        />
        <Field
          id="password"
          label="Mật khẩu"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
        />
        {step === 'code' && (
          <Field
            id="code"
            label="Mã xác thực (6 số trên ứng dụng, hoặc một mã khôi phục)"
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            autoFocus
          />
        )}
      </div>
      <Link href="/admin/forgot">Quên mật khẩu?</Link>
      <div style={{ marginTop: 24 }}>
        <button type="submit" className="btn btn--style-primary btn--size-large" disabled={busy}>
          Đăng nhập
        </button>
      </div>
    </form>
  )
}
