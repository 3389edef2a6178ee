import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleCard } from '@/site/components/ArticleCard'
import { ArticleList } from '@/site/components/ArticleList'
import { Banners } from '@/site/components/Banners'
import { LatestDocuments } from '@/site/components/LatestDocuments'
import { getLatestDocuments } from '@/site/documentQueries'
import { getCategories, getFeatured, getFromSubsites, getLatest, getMostRead } from '@/site/queries'
import { getSite } from '@/site/getSite'
import { pageMenu } from '@/site/pageMenu'
import { getPageLinks } from '@/site/pageQueries'
import { ENGLISH_HOME_PATH } from '@/site/pageSlugs'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn, categoryPath, linkOn } from '@/site/urls'

// ISR: rendered on the first visit, then served from cache; refreshed on every publish
// (Payload hooks → revalidatePath) and at most 3 s stale otherwise (also the CDN's s-maxage).
export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; segments?: string[] }> }

/** The layout's RSS link, and hreflang to the English home when the site has English pages. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: param, segments } = await params
  const site = segments?.length ? null : await getSite(param)
  if (!site) return {}
  const { hasEnglish } = pageMenu(await getPageLinks(site), 'vi')
  const languages = { vi: canonicalOn(site, '/'), en: canonicalOn(site, ENGLISH_HOME_PATH) }
  return {
    alternates: {
      types: { 'application/rss+xml': canonicalOn(site, '/rss.xml') },
      ...(hasEnglish ? { languages } : {}),
    },
  }
}

// The home page lives in an optional catch-all: any other unmatched path of a site is its 404.
export default async function HomePage({ params }: Props) {
  if ((await params).segments?.length) notFound()
  const site = await siteOrNotFound(params)
  const [featured, latest, mostRead, categories, fromSubsites, documents] = await Promise.all([
    getFeatured(site, 4),
    getLatest(site, 12),
    getMostRead(site, 5),
    getCategories(site),
    site.isMain ? getFromSubsites(site, 6) : [],
    getLatestDocuments(site, 5),
  ])
  const [lead, ...otherFeatured] = featured.length ? featured : latest.slice(0, 1)
  const blocks = await Promise.all(
    categories
      .filter((c) => !c.parent)
      .map(async (c) => ({ category: c, articles: await getLatest(site, 4, c.slug!) })),
  )
  return (
    <>
      <h1 className="visually-hidden">Trang chủ</h1>
      <Banners site={site} placement="header" />
      <div className="home-grid">
        <div className="home-grid__main">
          {lead ? (
            <section className="featured" aria-labelledby="tin-noi-bat">
              <h2 className="visually-hidden" id="tin-noi-bat">
                Tin nổi bật
              </h2>
              <ArticleCard
                site={site}
                article={lead}
                variant="card"
                showSummary
                priority
                headingLevel={3}
              />
              {otherFeatured.length ? (
                <ul className="featured__more">
                  {otherFeatured.map((a) => (
                    <li key={a.id}>
                      <ArticleCard site={site} article={a} variant="title" />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null}
          {/* "Tin cơ sở": news of the communes accepted onto the main site (alsoOn). */}
          <ArticleList
            site={site}
            id="tin-co-so"
            title="Tin cơ sở"
            articles={fromSubsites}
            variant="row"
          />
          {blocks.map(({ category, articles }) =>
            articles.length ? (
              <ArticleList
                site={site}
                key={category.id}
                id={`chuyen-muc-${category.slug}`}
                title={<a href={linkOn(site, categoryPath(category.slug!))}>{category.title}</a>}
                articles={articles}
                variant="row"
              />
            ) : null,
          )}
        </div>
        <div className="home-grid__side">
          <ArticleList site={site} id="tin-moi" title="Tin mới" articles={latest} variant="title" />
          <ArticleList
            site={site}
            id="tin-doc-nhieu"
            title="Tin đọc nhiều"
            articles={mostRead}
            variant="title"
          />
          <LatestDocuments site={site} documents={documents} />
          <Banners site={site} placement="sidebar" />
        </div>
      </div>
    </>
  )
}
