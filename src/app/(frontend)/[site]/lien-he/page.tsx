import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { ContactDetails } from '@/site/components/ContactDetails'
import { PageView } from '@/site/components/PageView'
import { getSite } from '@/site/getSite'
import { pageMetadata } from '@/site/pageMetadata'
import { getLeaders, getPageLinks, getPublicPage } from '@/site/pageQueries'
import { CONTACT_PATH, CONTACT_SLUG } from '@/site/pageSlugs'
import { siteOrNotFound } from '@/site/siteOrNotFound'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite((await params).site)
  const page = site && (await getPublicPage(site, CONTACT_SLUG, 'vi'))
  if (!site || !page) return { title: 'Không tìm thấy trang' }
  return pageMetadata(site, page, 'vi', await getPageLinks(site))
}

/** /lien-he: the published contact page, the site's address and the leaders and contacts. */
export default async function ContactPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const [page, leaders] = await Promise.all([
    getPublicPage(site, CONTACT_SLUG, 'vi'),
    getLeaders(site, 'vi'),
  ])
  if (!page) notFound()
  return (
    <>
      <Breadcrumbs site={site} items={[{ name: page.title, path: CONTACT_PATH }]} />
      <PageView page={page} lang="vi" leaders={leaders}>
        <ContactDetails settings={site.settings} lang="vi" />
      </PageView>
    </>
  )
}
