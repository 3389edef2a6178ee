import { notFound } from 'next/navigation'

import { documentPath } from '@/site/documentLinks'
import { getDocumentBySlug } from '@/site/documentQueries'
import { qrResponse } from '@/site/qrSvg'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn } from '@/site/urls'

export const revalidate = 60
export const generateStaticParams = () => []

type Params = Promise<{ site: string; slug: string }>

/** /van-ban/{slug}/qr.svg: the QR code of the document's canonical URL (public documents only). */
export async function GET(_req: Request, { params }: { params: Params }) {
  const site = await siteOrNotFound(params)
  const doc = await getDocumentBySlug(site, (await params).slug)
  if (!doc) notFound()
  return qrResponse(canonicalOn(site, documentPath(doc.slug!)))
}
