import { getLatest, getSiteSettings } from '@/site/queries'
import { buildRss, rssResponse } from '@/site/rss'

export const revalidate = 5

/** /rss.xml: the latest 50 published articles. */
export async function GET() {
  const [settings, items] = await Promise.all([getSiteSettings(), getLatest(50)])
  return rssResponse(buildRss({ title: settings.portalName, link: '/', description: `Tin mới - ${settings.portalName}` }, items))
}
