import type { Metadata } from 'next'

import { documentListQuery, parseDocumentFilters } from '@/documents/documentFilters'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { DocumentFilterForm } from '@/site/components/DocumentFilterForm'
import { DocumentTable } from '@/site/components/DocumentTable'
import { Pagination } from '@/site/components/Pagination'
import { documentsPath } from '@/site/documentLinks'
import { getDocumentFacets, getDocumentPage } from '@/site/documentQueries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn, linkOn } from '@/site/urls'

// Filters live in the query string: rendered on every request, like the search page.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ site: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOrNotFound(params)
  return {
    title: 'Văn bản',
    alternates: {
      canonical: canonicalOn(site, documentsPath),
      types: { 'application/rss+xml': canonicalOn(site, `${documentsPath}/rss.xml`) },
    },
  }
}

/** /van-ban: the site's published public documents, filtered and paged (`trang`). */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const site = await siteOrNotFound(params)
  const filters = parseDocumentFilters(await searchParams)
  const [page, facets] = await Promise.all([
    getDocumentPage(site, filters),
    getDocumentFacets(site),
  ])
  const action = linkOn(site, documentsPath)
  return (
    <>
      <Breadcrumbs site={site} items={[{ name: 'Văn bản', path: documentsPath }]} />
      <h1 className="page-title">Văn bản</h1>
      <DocumentFilterForm filters={filters} facets={facets} action={action} />
      <p className="search-summary" role="status">
        {page.totalDocs ? `Có ${page.totalDocs} văn bản` : 'Không có văn bản nào phù hợp.'}
      </p>
      {page.docs.length ? (
        <DocumentTable site={site} documents={page.docs} caption="Danh sách văn bản" />
      ) : null}
      {page.totalPages > 1 ? (
        <Pagination
          page={filters.trang}
          totalPages={page.totalPages}
          label="Phân trang văn bản"
          hrefFor={(n) => `${action}${documentListQuery(filters, n)}`}
        />
      ) : null}
      <p className="document-rss">
        <a href={linkOn(site, `${documentsPath}/rss.xml`)}>RSS văn bản mới</a>
      </p>
    </>
  )
}
