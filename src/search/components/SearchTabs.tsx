/** "Tin bài" / "Văn bản": the two lists of the search page, keeping the words typed. */
export function SearchTabs({
  kind,
  q,
  basePath = '',
}: {
  kind: 'articles' | 'documents'
  q: string
  basePath?: string
}) {
  const href = (documents: boolean) => {
    const query = new URLSearchParams()
    if (q) query.set('q', q)
    if (documents) query.set('kind', 'documents')
    const text = query.toString()
    return `${basePath}/tim-kiem${text ? `?${text}` : ''}`
  }
  return (
    <nav className="search-tabs" aria-label="Loại kết quả">
      <a href={href(false)} aria-current={kind === 'articles' ? 'page' : undefined}>
        Tin bài
      </a>
      <a href={href(true)} aria-current={kind === 'documents' ? 'page' : undefined}>
        Văn bản
      </a>
    </nav>
  )
}
