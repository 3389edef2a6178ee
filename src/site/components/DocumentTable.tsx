import { documentPath, formatDay } from '../documentLinks'
import type { DocumentItem } from '../documentQueries'
import type { PublicSite } from '../getSite'
import { linkOn } from '../urls'

/** Documents as a table: Số/Ký hiệu, Ngày ban hành, Trích yếu (the peers' layout). */
export function DocumentTable({
  site,
  documents,
  caption,
}: {
  site: PublicSite
  documents: DocumentItem[]
  caption: string
}) {
  return (
    <table className="document-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Số/Ký hiệu</th>
          <th scope="col">Ngày ban hành</th>
          <th scope="col">Trích yếu</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}>
            <td className="document-table__code">
              <a href={linkOn(site, documentPath(d.slug!))}>{d.code}</a>
            </td>
            <td>
              <time dateTime={d.issuedAt}>{formatDay(d.issuedAt)}</time>
            </td>
            <td>
              <a href={linkOn(site, documentPath(d.slug!))}>{d.title}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
