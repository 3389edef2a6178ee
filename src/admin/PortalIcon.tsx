import type { ServerProps } from 'payload'
import React from 'react'

import { DefaultEmblem } from './DefaultEmblem'
import { portalBrand } from './portalBrand'

/** `admin.components.graphics.Icon` (the header's home link): the portal's logo, small, named for screen readers. */
export async function PortalIcon({ payload }: ServerProps) {
  const { name, logoUrl } = await portalBrand(payload)
  return (
    <span
      className="portal-icon"
      role="img"
      aria-label={name}
      title={name}
      style={{ display: 'inline-flex', width: 22, height: 22 }}
    >
      {logoUrl ? (
        // A small logo from our own media, already sized: next/image would add nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logoUrl} alt="" width={22} height={22} style={{ objectFit: 'contain' }} />
      ) : (
        <DefaultEmblem size={22} />
      )}
    </span>
  )
}
