import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { PageView } from '@/site/components/PageView'
import { getSite } from '@/site/getSite'
import { pageMetadata } from '@/site/pageMetadata'
import { getLeaders, getPageLinks, getPublicPage } from '@/site/pageQueries'
import { CONTACT_SLUG, ENGLISH_CONTACT_PATH, LEADERS_SLUG } from '@/site/pageSlugs'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { linkOn } from '@/site/urls'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: param, slug } = await params
  const site = await getSite(param)
  const page = site && (await getPublicPage(site, slug, 'en'))
  if (!site || !page) return { title: 'Page not found' }
  return pageMetadata(site, page, 'en', await getPageLinks(site))
}

/** /en/about/{slug}: the English version of a published "Giới thiệu" page, where there is one. */
export default async function EnglishAboutPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const slug = decodeURIComponent((await params).slug)
  if (slug === CONTACT_SLUG) permanentRedirect(linkOn(site, ENGLISH_CONTACT_PATH))
  const page = await getPublicPage(site, slug, 'en')
  if (!page) notFound()
  const leaders = slug === LEADERS_SLUG ? await getLeaders(site, 'en') : []
  return <PageView page={page} lang="en" leaders={leaders} />
}
