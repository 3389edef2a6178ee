// The admin's sign-in page, in place of Payload's (a static segment wins over [[...segments]]):
// Payload's form has no field for the second factor. See src/twoFactor/admin/LoginForm.tsx.
import config from '@payload-config'
import { MinimalTemplate } from '@payloadcms/next/templates'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { getSafeRedirect } from 'payload/shared'
import React from 'react'

import { PortalLogo } from '@/admin/PortalLogo'
import { LoginForm } from '@/twoFactor/admin/LoginForm'

export const metadata: Metadata = { title: 'Đăng nhập — Quản trị cổng thông tin' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function LoginPage({ searchParams }: Props) {
  const payload = await getPayload({ config })
  const { redirect: wanted } = await searchParams
  const redirectTo = getSafeRedirect({ fallbackTo: '/admin', redirectTo: String(wanted ?? '') })
  const { user } = await payload.auth({ headers: await headers() })
  if (user) redirect(redirectTo)
  return (
    <MinimalTemplate className="login">
      <div className="login__brand">
        <PortalLogo payload={payload} />
      </div>
      <LoginForm redirectTo={redirectTo} />
    </MinimalTemplate>
  )
}
