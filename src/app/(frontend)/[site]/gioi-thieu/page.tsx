import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { pageMenu } from '@/site/pageMenu'
import { getPageLinks } from '@/site/pageQueries'
import { aboutPath } from '@/site/pageSlugs'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { linkOn } from '@/site/urls'

export const revalidate = 60
export const generateStaticParams = () => []

export const metadata: Metadata = { title: 'Giới thiệu' }

type Props = { params: Promise<{ site: string }> }

/** /gioi-thieu: the site's published "Giới thiệu" pages (what the header's link opens). */
export default async function AboutIndexPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const { about } = pageMenu(await getPageLinks(site), 'vi')
  if (!about.length) notFound()
  return (
    <>
      <Breadcrumbs site={site} items={[{ name: 'Giới thiệu', path: '/gioi-thieu' }]} />
      <section className="article" aria-labelledby="gioi-thieu">
        <h1 id="gioi-thieu" className="page-title">
          Giới thiệu
        </h1>
        <ul>
          {about.map((p) => (
            <li key={p.slug}>
              <a href={linkOn(site, aboutPath(p.slug))}>{p.vi}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
