import type { Payload } from 'payload'

export type PortalBrand = { name: string; logoUrl: string | null }

/**
 * The portal's name and logo from the site-settings global, for the admin's own branding.
 * A missing global or logo falls back to the default name and the inline emblem.
 */
export async function portalBrand(payload: Payload): Promise<PortalBrand> {
  try {
    const settings = await payload.findGlobal({
      slug: 'site-settings',
      depth: 1,
      overrideAccess: true,
    })
    const logo = settings.logo && typeof settings.logo === 'object' ? settings.logo : null
    return { name: settings.portalName || 'Cổng thông tin điện tử', logoUrl: logo?.url ?? null }
  } catch {
    return { name: 'Cổng thông tin điện tử', logoUrl: null }
  }
}
