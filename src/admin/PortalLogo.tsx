import type { ServerProps } from 'payload'
import React from 'react'

import { DefaultEmblem } from './DefaultEmblem'
import { portalBrand } from './portalBrand'

/** `admin.components.graphics.Logo` (login, forgotten and reset password pages): the portal's logo and name. */
export async function PortalLogo({ payload }: Pick<ServerProps, 'payload'>) {
  const { name, logoUrl } = await portalBrand(payload)
  return (
    <span className="portal-logo" style={{ display: 'inline-flex', alignItems: 'center', gap: 12 }}>
      {logoUrl ? (
        // A small logo from our own media, already sized: next/image would add nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logoUrl} alt="" width={56} height={56} style={{ objectFit: 'contain' }} />
      ) : (
        <DefaultEmblem size={56} />
      )}
      <span style={{ fontSize: 20, fontWeight: 700, lineHeight: 1.25, maxWidth: 320 }}>{name}</span>
    </span>
  )
}
