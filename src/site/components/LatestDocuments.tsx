import { documentPath, documentsPath, formatDay } from '../documentLinks'
import type { DocumentItem } from '../documentQueries'
import type { PublicSite } from '../getSite'
import { linkOn } from '../urls'

/** "Văn bản mới" on the home page: the latest published documents, with a link to all. */
export function LatestDocuments({
  site,
  documents,
}: {
  site: PublicSite
  documents: DocumentItem[]
}) {
  if (!documents.length) return null
  return (
    <section
      className="article-list article-list--title latest-documents"
      aria-labelledby="van-ban-moi"
    >
      <h2 className="section-title" id="van-ban-moi">
        <a href={linkOn(site, documentsPath)}>Văn bản mới</a>
      </h2>
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <a href={linkOn(site, documentPath(d.slug!))}>
              <strong>{d.code}</strong> {d.title}
            </a>{' '}
            <time dateTime={d.issuedAt} className="latest-documents__date">
              {formatDay(d.issuedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  )
}
