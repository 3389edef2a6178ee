import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { PageView } from '@/site/components/PageView'
import { getSite } from '@/site/getSite'
import { pageMetadata } from '@/site/pageMetadata'
import { getLeaders, getPageLinks, getPublicPage } from '@/site/pageQueries'
import { CONTACT_PATH, CONTACT_SLUG, LEADERS_SLUG, aboutPath } from '@/site/pageSlugs'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { linkOn } from '@/site/urls'

export const revalidate = 60 // as articles: refreshed on publish (revalidatePublished)
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: param, slug } = await params
  const site = await getSite(param)
  const page = site && (await getPublicPage(site, slug, 'vi'))
  if (!site || !page) return { title: 'Không tìm thấy trang' }
  return pageMetadata(site, page, 'vi', await getPageLinks(site))
}

/** /gioi-thieu/{slug}: a published "Giới thiệu" page; `lanh-dao` also lists the leaders. */
export default async function AboutPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const slug = decodeURIComponent((await params).slug)
  if (slug === CONTACT_SLUG) permanentRedirect(linkOn(site, CONTACT_PATH))
  const page = await getPublicPage(site, slug, 'vi')
  if (!page) notFound()
  const leaders = slug === LEADERS_SLUG ? await getLeaders(site, 'vi') : []
  return (
    <>
      <Breadcrumbs
        site={site}
        items={[
          { name: 'Giới thiệu', path: '/gioi-thieu' },
          { name: page.title, path: aboutPath(slug) },
        ]}
      />
      <PageView page={page} lang="vi" leaders={leaders} />
    </>
  )
}
