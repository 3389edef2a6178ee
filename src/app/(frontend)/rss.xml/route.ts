import { getLatest, getSiteSettings } from '@/site/queries'
import { buildRss, isBuildPhase, rssResponse } from '@/site/rss'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts

/** /rss.xml: the latest 50 published articles. */
export async function GET() {
  if (isBuildPhase())
    return rssResponse(buildRss({ title: 'Tin mới', link: '/', description: 'Tin mới' }, []))
  const [settings, items] = await Promise.all([getSiteSettings(), getLatest(50)])
  return rssResponse(
    buildRss(
      { title: settings.portalName, link: '/', description: `Tin mới - ${settings.portalName}` },
      items,
    ),
  )
}
