import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContactDetails } from '@/site/components/ContactDetails'
import { PageView } from '@/site/components/PageView'
import { getSite } from '@/site/getSite'
import { pageMetadata } from '@/site/pageMetadata'
import { getLeaders, getPageLinks, getPublicPage } from '@/site/pageQueries'
import { CONTACT_SLUG } from '@/site/pageSlugs'
import { siteOrNotFound } from '@/site/siteOrNotFound'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite((await params).site)
  const page = site && (await getPublicPage(site, CONTACT_SLUG, 'en'))
  if (!site || !page) return { title: 'Page not found' }
  return pageMetadata(site, page, 'en', await getPageLinks(site))
}

/** /en/contact: the English contact page, the site's contacts and its leaders. */
export default async function EnglishContactPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const [page, leaders] = await Promise.all([
    getPublicPage(site, CONTACT_SLUG, 'en'),
    getLeaders(site, 'en'),
  ])
  if (!page) notFound()
  return (
    <PageView page={page} lang="en" leaders={leaders}>
      <ContactDetails settings={site.settings} lang="en" />
    </PageView>
  )
}
