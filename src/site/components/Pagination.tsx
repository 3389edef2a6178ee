/**
 * The one pager of the public site (category pages, search results): "‹ Trang trước",
 * "Trang N/M", "Trang sau ›", with rel="prev"/"next" links. A page past the end links back
 * to the last one.
 */
export function Pagination({
  page,
  totalPages,
  label,
  hrefFor,
}: {
  page: number
  totalPages: number
  label: string
  hrefFor: (page: number) => string
}) {
  const pages = Math.max(totalPages, 1)
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <a href={hrefFor(Math.min(page - 1, pages))} rel="prev">
          ‹ Trang trước
        </a>
      ) : null}
      <span aria-current="page">{`Trang ${page}/${pages}`}</span>
      {page < pages ? (
        <a href={hrefFor(page + 1)} rel="next">
          Trang sau ›
        </a>
      ) : null}
    </nav>
  )
}
