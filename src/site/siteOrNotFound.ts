import { notFound } from 'next/navigation'

import { getSite, type PublicSite } from './getSite'

export type SiteParams = Promise<{ site: string }>

/** The page's site from its `[site]` segment; a 404 when no site has that slug (any more). */
export async function siteOrNotFound(params: SiteParams): Promise<PublicSite> {
  const site = await getSite((await params).site)
  if (!site) notFound()
  return site
}
