import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

/** A custom admin view inside Payload's own frame (navigation, header), like its built-in views. */
export function AdminViewPage({
  view,
  children,
}: {
  view: AdminViewServerProps
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams, i18n, payload } = view
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={initPageResult.locale}
      params={params}
      payload={payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={initPageResult.req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      {children}
    </DefaultTemplate>
  )
}
