import { notFound } from 'next/navigation'

import { ArticleCard } from '@/site/components/ArticleCard'
import { ArticleList } from '@/site/components/ArticleList'
import { Banners } from '@/site/components/Banners'
import { getCategories, getFeatured, getLatest, getMostRead } from '@/site/queries'
import { categoryPath } from '@/site/urls'

// ISR: rendered on the first visit, then served from cache; refreshed on every publish
// (Payload hooks → revalidatePath) and at most 3 s stale otherwise (also the CDN's s-maxage).
export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ segments?: string[] }> }

// The home page lives in an optional catch-all so that `next build` does not prerender it (the
// build has no database); any other unmatched path is a 404.
export default async function HomePage({ params }: Props) {
  if ((await params).segments?.length) notFound()
  const [featured, latest, mostRead, categories] = await Promise.all([
    getFeatured(4),
    getLatest(12),
    getMostRead(5),
    getCategories(),
  ])
  const [lead, ...otherFeatured] = featured.length ? featured : latest.slice(0, 1)
  const blocks = await Promise.all(
    categories
      .filter((c) => !c.parent)
      .map(async (c) => ({ category: c, articles: await getLatest(4, c.id) })),
  )
  return (
    <>
      <h1 className="visually-hidden">Trang chủ</h1>
      <Banners placement="header" />
      <div className="home-grid">
        <div className="home-grid__main">
          {lead ? (
            <section className="featured" aria-labelledby="tin-noi-bat">
              <h2 className="visually-hidden" id="tin-noi-bat">
                Tin nổi bật
              </h2>
              <ArticleCard article={lead} variant="card" showSummary priority headingLevel={3} />
              {otherFeatured.length ? (
                <ul className="featured__more">
                  {otherFeatured.map((a) => (
                    <li key={a.id}>
                      <ArticleCard article={a} variant="title" />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ) : null}
          {blocks.map(({ category, articles }) =>
            articles.length ? (
              <ArticleList
                key={category.id}
                id={`chuyen-muc-${category.slug}`}
                title={<a href={categoryPath(category.slug!)}>{category.title}</a>}
                articles={articles}
                variant="row"
              />
            ) : null,
          )}
        </div>
        <div className="home-grid__side">
          <ArticleList id="tin-moi" title="Tin mới" articles={latest} variant="title" />
          <ArticleList
            id="tin-doc-nhieu"
            title="Tin đọc nhiều"
            articles={mostRead}
            variant="title"
          />
          <Banners placement="sidebar" />
        </div>
      </div>
    </>
  )
}
