import type { Payload } from 'payload'

import { findMainSite } from '../sites/mainSite'

export type PortalBrand = { name: string; logoUrl: string | null }

/**
 * The portal's name and logo from the main site's settings, for the admin's own branding.
 * No main site or logo yet falls back to the default name and the inline emblem.
 */
export async function portalBrand(payload: Payload): Promise<PortalBrand> {
  try {
    const main = await findMainSite(payload, undefined, 1)
    const logo = main?.settings?.logo
    return {
      name: main?.settings?.portalName || main?.name || 'Cổng thông tin điện tử',
      logoUrl: logo && typeof logo === 'object' ? (logo.url ?? null) : null,
    }
  } catch {
    return { name: 'Cổng thông tin điện tử', logoUrl: null }
  }
}
