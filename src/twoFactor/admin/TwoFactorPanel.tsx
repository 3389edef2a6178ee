'use client'
import React, { useState } from 'react'

import { Field } from './Field'
import { postJson } from './postJson'
import { TwoFactorSetup } from './TwoFactorSetup'

/** The signed-in person's own two-factor sign-in: turn it on, or off with a current code. */
export function TwoFactorPanel({ enabled, required }: { enabled: boolean; required: boolean }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const reload = () => window.location.reload()

  if (!enabled) return <TwoFactorSetup onDone={reload} />
  const disable = async (event: React.FormEvent) => {
    event.preventDefault()
    const res = await postJson('/api/users/two-factor/disable', { code })
    if (res.ok) reload()
    else setError(res.message)
  }
  return (
    <div>
      <p data-testid="two-factor-state">
        <strong>Đang bật.</strong> Mỗi lần đăng nhập cần mã 6 số trên ứng dụng (hoặc một mã khôi
        phục).
      </p>
      {required ? (
        <p>Vai trò của bạn bắt buộc xác thực hai lớp: không thể tắt.</p>
      ) : (
        <form onSubmit={disable} style={{ maxWidth: 420 }}>
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          )}
          <Field
            id="disable-code"
            label="Mã hiện tại để tắt"
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
          />
          <button type="submit" className="btn btn--style-secondary btn--size-medium">
            Tắt xác thực hai lớp
          </button>
        </form>
      )}
    </div>
  )
}
