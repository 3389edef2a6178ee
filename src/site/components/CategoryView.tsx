import { notFound } from 'next/navigation'

import type { PublicSite } from '../getSite'
import { getCategoryBySlug, getCategoryPage } from '../queries'
import { categoryPath, linkOn } from '../urls'
import { ArticleCard } from './ArticleCard'
import { Breadcrumbs } from './Breadcrumbs'
import { Pagination } from './Pagination'

/** A category's published articles on the site (its own and those shared to it), newest first, one page of them (`?trang=N`). */
export async function CategoryView({
  site,
  slug,
  page,
}: {
  site: PublicSite
  slug: string
  page: number
}) {
  const category = await getCategoryBySlug(site, slug)
  if (!category || !Number.isInteger(page) || page < 1) notFound()
  const result = await getCategoryPage(site, category.slug!, page)
  if (!result) notFound()
  return (
    <>
      <Breadcrumbs
        site={site}
        items={[{ name: category.title, path: categoryPath(category.slug!) }]}
      />
      <h1 className="page-title">{category.title}</h1>
      {page > 1 ? <p className="page-subtitle">{`Trang ${page}`}</p> : null}
      {result.docs.length ? (
        <ul className="category-list">
          {result.docs.map((a, i) => (
            <li key={a.id}>
              <ArticleCard
                site={site}
                article={a}
                variant="row"
                showSummary
                priority={i === 0}
                headingLevel={2}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>Chuyên mục chưa có tin bài.</p>
      )}
      <Pagination
        page={page}
        totalPages={result.totalPages}
        label="Phân trang"
        hrefFor={(n) => linkOn(site, categoryPath(category.slug!, n))}
      />
    </>
  )
}
