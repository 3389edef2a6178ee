import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn } from '@/site/urls'

// Read on each request (rarely fetched): the sitemap line names the site's own sitemap.
export const dynamic = 'force-dynamic'

type Params = Promise<{ site: string }>

export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  const body = [
    'User-Agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    '',
    `Sitemap: ${canonicalOn(site, '/sitemap.xml')}`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
