import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import React from 'react'

import { AdminViewPage } from '../../admin/AdminViewPage'
import { isTwoFactorRequired } from '../requiredRoles'
import { loadTwoFactor } from '../twoFactorState'
import { TwoFactorPanel } from './TwoFactorPanel'

/** /admin/xac-thuc-hai-lop: every member of staff turns their own second factor on or off. */
export async function TwoFactorView(props: AdminViewServerProps) {
  const user = props.initPageResult.req.user
  if (!user) redirect('/admin/login?redirect=%2Fadmin%2Fxac-thuc-hai-lop')
  const { state } = await loadTwoFactor(props.payload, user.id)
  return (
    <AdminViewPage view={props}>
      <div className="gutter--left gutter--right" style={{ paddingTop: 24, maxWidth: 720 }}>
        <h1>Xác thực hai lớp</h1>
        <p>
          Ngoài mật khẩu, mỗi lần đăng nhập cần thêm mã 6 số từ ứng dụng xác thực trên điện thoại:
          người lấy được mật khẩu của bạn vẫn không vào được trang quản trị.
        </p>
        <TwoFactorPanel enabled={state.enabled} required={isTwoFactorRequired(user)} />
      </div>
    </AdminViewPage>
  )
}
