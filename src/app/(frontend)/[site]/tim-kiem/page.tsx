import type { Metadata } from 'next'

import type { Category } from '@/payload-types'
import { SearchUnavailableError } from '@/search/client'
import { NoResults } from '@/search/components/NoResults'
import { SearchFilters } from '@/search/components/SearchFilters'
import { SearchHitItem } from '@/search/components/SearchHitItem'
import { SearchTabs } from '@/search/components/SearchTabs'
import { parseSearchParams } from '@/search/parseSearchParams'
import { searchArticles, type SearchHit, type SearchResult } from '@/search/searchArticles'
import { hasFilters, searchPageUrl, type SearchFormValues } from '@/search/searchPageUrl'
import { ArticleCard } from '@/site/components/ArticleCard'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { Pagination } from '@/site/components/Pagination'
import type { PublicSite } from '@/site/getSite'
import { getCategories, getLatest } from '@/site/queries'
import { searchHitHrefs } from '@/site/searchHitHrefs'
import { siteOrNotFound } from '@/site/siteOrNotFound'

import { DocumentResults } from './DocumentResults'

// Results depend on the query string: rendered on every request (the [site] layout's empty
// generateStaticParams would otherwise make it a cached page).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ site: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The search of one site: its own articles and those shared to it; `kind=documents` (the "Văn
 * bản" tab) its public documents. On the main site `co-so=1` adds its communes'.
 */

const text = (value: string | string[] | undefined) =>
  String((Array.isArray(value) ? value[0] : value) ?? '')

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = text((await searchParams).q)
    .trim()
    .slice(0, 80)
  // Result pages are endless and change by the minute: not for search engines.
  return { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false, follow: true } }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const site = await siteOrNotFound(params)
  const raw = await searchParams
  const withSubsites = site.isMain && text(raw['co-so']) === '1'
  if (text(raw.kind) === 'documents')
    return (
      <>
        <Breadcrumbs site={site} items={[{ name: 'Tìm kiếm', path: '/tim-kiem' }]} />
        <h1 className="page-title">Tìm kiếm</h1>
        <SearchTabs kind="documents" q={text(raw.q).slice(0, 200)} basePath={site.basePath} />
        <DocumentResults site={site} raw={raw} withSubsites={withSubsites} />
      </>
    )
  const parsed = parseSearchParams(raw)
  const categories = await getCategories(site)
  const values: SearchFormValues = {
    q: parsed.ok ? parsed.params.q : text(raw.q).slice(0, 200),
    category: text(raw.category).slice(0, 120),
    from: text(raw.from).slice(0, 10),
    to: text(raw.to).slice(0, 10),
  }

  let result: SearchResult | null = null
  let unavailable = false
  if (parsed.ok) {
    try {
      result = await searchArticles({ ...parsed.params, site: site.id, withSubsites })
      const hrefs = await searchHitHrefs(site, result.hits)
      result = { ...result, hits: result.hits.map((hit, i) => ({ ...hit, url: hrefs[i] })) }
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error
      unavailable = true
    }
  }

  return (
    <>
      <Breadcrumbs site={site} items={[{ name: 'Tìm kiếm', path: '/tim-kiem' }]} />
      <h1 className="page-title">Tìm kiếm</h1>
      <SearchTabs kind="articles" q={values.q} basePath={site.basePath} />
      <SearchFilters
        values={values}
        categories={categories}
        basePath={site.basePath}
        subsites={site.isMain ? withSubsites : undefined}
      />
      {!parsed.ok ? (
        <p className="search-message" role="alert">
          {parsed.message}
        </p>
      ) : null}
      {unavailable ? <Unavailable site={site} /> : null}
      {parsed.ok && result ? (
        <Results
          site={site}
          withSubsites={withSubsites}
          result={result}
          values={values}
          filtered={hasFilters(parsed.params)}
          categories={categories}
        />
      ) : null}
    </>
  )
}

function Results({
  site,
  withSubsites,
  result,
  values,
  filtered,
  categories,
}: {
  site: PublicSite
  withSubsites: boolean
  result: SearchResult
  values: SearchFormValues
  filtered: boolean
  categories: Category[]
}) {
  if (result.total === 0)
    return (
      <NoResults
        values={values}
        filtered={filtered}
        categories={categories}
        basePath={site.basePath}
      />
    )
  const count = new Intl.NumberFormat('vi-VN').format(result.total)
  const summary = values.q
    ? `Tìm thấy ${count} kết quả cho “${values.q}”`
    : filtered
      ? `${count} tin bài phù hợp`
      : 'Tin mới nhất'
  return (
    <section aria-labelledby="ket-qua-tim-kiem">
      <h2 id="ket-qua-tim-kiem" className="search-summary">
        {summary}
      </h2>
      {result.hits.length ? (
        <ol className="search-results" start={(result.page - 1) * result.limit + 1}>
          {result.hits.map((hit) => (
            <li key={hit.id}>
              <SearchHitItem hit={hit as SearchHit} basePath={site.basePath} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{`Trang ${result.page} không có kết quả.`}</p>
      )}
      <Pagination
        page={result.page}
        totalPages={result.totalPages}
        label="Phân trang kết quả"
        hrefFor={(n) => pageHref(site, values, n, withSubsites)}
      />
    </section>
  )
}

/** A results page on the site's path, keeping `co-so=1`. */
function pageHref(site: PublicSite, values: SearchFormValues, page: number, withSubsites: boolean) {
  const url = site.basePath + searchPageUrl(values, page)
  return withSubsites ? `${url}${url.includes('?') ? '&' : '?'}co-so=1` : url
}

/** Meilisearch is down: say so, and offer the latest news from Postgres instead. */
async function Unavailable({ site }: { site: PublicSite }) {
  const latest = await getLatest(site, 5).catch(() => [])
  return (
    <section className="search-unavailable" aria-labelledby="tim-kiem-gian-doan">
      <h2 id="tim-kiem-gian-doan">Tìm kiếm tạm thời không khả dụng</h2>
      <p role="alert">
        Chức năng tìm kiếm tạm thời không khả dụng. Vui lòng thử lại sau ít phút; các trang tin vẫn
        đọc được bình thường.
      </p>
      {latest.length ? (
        <>
          <h3>Tin mới nhất</h3>
          <ul className="category-list">
            {latest.map((a) => (
              <li key={a.id}>
                <ArticleCard site={site} article={a} variant="title" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
