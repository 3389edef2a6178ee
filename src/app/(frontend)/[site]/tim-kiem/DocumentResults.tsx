import { SearchUnavailableError } from '@/search/client'
import { DocumentHitItem } from '@/search/components/DocumentHitItem'
import {
  DocumentSearchFilters,
  type DocumentFormValues,
} from '@/search/components/DocumentSearchFilters'
import { parseDocumentSearchParams } from '@/search/documents/parseDocumentSearchParams'
import { searchDocuments } from '@/search/documents/searchDocuments'
import { Pagination } from '@/site/components/Pagination'
import type { PublicSite } from '@/site/getSite'
import { searchHitHrefs } from '@/site/searchHitHrefs'

type Raw = Record<string, string | string[] | undefined>
const text = (value: string | string[] | undefined) =>
  String((Array.isArray(value) ? value[0] : value) ?? '')

/** The "Văn bản" tab of /tim-kiem: the site's public documents (`co-so=1` adds its communes'). */
export async function DocumentResults({
  site,
  raw,
  withSubsites,
}: {
  site: PublicSite
  raw: Raw
  withSubsites: boolean
}) {
  const parsed = parseDocumentSearchParams(raw)
  const values: DocumentFormValues = {
    q: parsed.ok ? parsed.params.q : text(raw.q).slice(0, 200),
    type: text(raw.type).slice(0, 40),
    year: text(raw.year).slice(0, 4),
    validity: text(raw.validity).slice(0, 3),
  }
  const form = <DocumentSearchFilters values={values} basePath={site.basePath} />
  if (!parsed.ok)
    return (
      <>
        {form}
        <p className="search-message" role="alert">
          {parsed.message}
        </p>
      </>
    )
  let result
  try {
    result = await searchDocuments({ ...parsed.params, site: site.id, withSubsites })
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error
    return (
      <>
        {form}
        <p className="search-unavailable" role="alert">
          Chức năng tìm kiếm tạm thời không khả dụng. Vui lòng thử lại sau ít phút.
        </p>
      </>
    )
  }
  const hrefs = await searchHitHrefs(site, result.hits, (slug) => `/van-ban/${slug}`)
  const count = new Intl.NumberFormat('vi-VN').format(result.total)
  const pageHref = (page: number) => {
    const query = new URLSearchParams({ kind: 'documents' })
    for (const [key, value] of Object.entries(values)) if (value) query.set(key, value)
    if (page > 1) query.set('page', String(page))
    if (withSubsites) query.set('co-so', '1')
    return `${site.basePath}/tim-kiem?${query}`
  }
  return (
    <>
      {form}
      <section aria-labelledby="ket-qua-van-ban">
        <h2 id="ket-qua-van-ban" className="search-summary">
          {result.total === 0
            ? 'Không tìm thấy văn bản phù hợp.'
            : values.q
              ? `Tìm thấy ${count} văn bản cho “${values.q}”`
              : `${count} văn bản`}
        </h2>
        {result.hits.length ? (
          <ol className="search-results" start={(result.page - 1) * result.limit + 1}>
            {result.hits.map((hit, i) => (
              <li key={hit.id}>
                <DocumentHitItem hit={{ ...hit, url: hrefs[i] }} />
              </li>
            ))}
          </ol>
        ) : null}
        <Pagination
          page={result.page}
          totalPages={result.totalPages}
          label="Phân trang kết quả"
          hrefFor={pageHref}
        />
      </section>
    </>
  )
}
