import type { Metadata } from 'next'

import { articleHref } from '@/site/articleLinks'
import { getSite } from '@/site/getSite'
import { pageMenu } from '@/site/pageMenu'
import { getPageLinks } from '@/site/pageQueries'
import { ENGLISH_CONTACT_PATH, ENGLISH_HOME_PATH, englishAboutPath } from '@/site/pageSlugs'
import { getLatest } from '@/site/queries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn, linkOn } from '@/site/urls'

export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite((await params).site)
  if (!site) return {}
  return {
    alternates: {
      canonical: canonicalOn(site, ENGLISH_HOME_PATH),
      languages: { vi: canonicalOn(site, '/'), en: canonicalOn(site, ENGLISH_HOME_PATH) },
    },
  }
}

/** /en: the English pages, and the latest news titles (the news itself is in Vietnamese). */
export default async function EnglishHome({ params }: Props) {
  const site = await siteOrNotFound(params)
  const [links, latest] = await Promise.all([getPageLinks(site), getLatest(site, 10)])
  const { about, contact } = pageMenu(links, 'en')
  return (
    <>
      <h1 className="page-title">Welcome</h1>
      <p>
        Information in English about <span lang="vi">{site.settings.portalName}</span>.
      </p>
      {about.length || contact ? (
        <section aria-labelledby="about-us">
          <h2 id="about-us" className="section-title">
            About us
          </h2>
          <ul>
            {about.map((p) => (
              <li key={p.slug}>
                <a href={linkOn(site, englishAboutPath(p.slug))}>{p.en}</a>
              </li>
            ))}
            {contact ? (
              <li>
                <a href={linkOn(site, ENGLISH_CONTACT_PATH)}>{contact.en}</a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="latest-news">
        <h2 id="latest-news" className="section-title">
          Latest news
        </h2>
        <p className="page-subtitle">News is published in Vietnamese.</p>
        <ul>
          {latest.map((a) => (
            <li key={a.id}>
              <a href={articleHref(site, a)} lang="vi" hrefLang="vi">
                {a.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
