import { notFound } from 'next/navigation'

import { articleCanonical } from '@/site/articleLinks'
import { getArticleBySlug } from '@/site/queries'
import { qrResponse } from '@/site/qrSvg'
import { siteOrNotFound } from '@/site/siteOrNotFound'

export const revalidate = 60
export const generateStaticParams = () => []

type Params = Promise<{ site: string; slug: string }>

/** /tin-tuc/{slug}/qr.svg: the QR code of the article's canonical URL (its origin's if shared). */
export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  const article = await getArticleBySlug(site, (await params).slug)
  if (!article) notFound()
  return qrResponse(articleCanonical(site, article))
}
