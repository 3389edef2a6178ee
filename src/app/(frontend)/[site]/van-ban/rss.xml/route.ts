import { buildDocumentRss } from '@/site/documentRss'
import { getLatestDocuments } from '@/site/documentQueries'
import { rssResponse } from '@/site/rss'
import { siteOrNotFound } from '@/site/siteOrNotFound'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Params = Promise<{ site: string }>

/** /van-ban/rss.xml: the site's 50 latest published public documents. */
export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  return rssResponse(buildDocumentRss(site, await getLatestDocuments(site, 50)))
}
