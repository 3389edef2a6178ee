import { getLatest } from '@/site/queries'
import { rssResponse, buildRss } from '@/site/rss'
import { siteOrNotFound } from '@/site/siteOrNotFound'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Params = Promise<{ site: string }>

/** /rss.xml: the site's latest 50 published articles (its own and those shared to it). */
export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  const { portalName } = site.settings
  return rssResponse(
    buildRss(
      site,
      { title: portalName, link: '/', description: `Tin mới - ${portalName}` },
      await getLatest(site, 50),
    ),
  )
}
