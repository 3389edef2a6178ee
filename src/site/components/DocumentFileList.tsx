import { formatFileSize } from '../documentLinks'
import type { PublicDocument } from '../documentQueries'
import type { PublicSite } from '../getSite'
import { linkOn } from '../urls'

const kind = (mime?: string | null) =>
  mime === 'application/pdf'
    ? 'PDF'
    : mime?.includes('spreadsheet')
      ? 'XLSX'
      : mime?.includes('opendocument')
        ? 'ODT'
        : mime === 'application/msword'
          ? 'DOC'
          : 'DOCX'

/**
 * The document's files: name, kind, size, a counted download link, and the first PDF shown
 * inline (the browser's own viewer, through the file's URL: files of this page are public).
 */
export function DocumentFileList({ site, doc }: { site: PublicSite; doc: PublicDocument }) {
  if (!doc.files.length) return null
  const preview = doc.files.find((f) => f.mimeType === 'application/pdf')
  return (
    <section className="document-files" aria-labelledby="tep-dinh-kem">
      <h2 id="tep-dinh-kem" className="section-title">
        Tệp đính kèm
      </h2>
      <ul>
        {doc.files.map((f) => (
          <li key={f.id}>
            <a href={linkOn(site, `/api/document-files/${f.id}/download`)} download>
              {f.title || f.filename}
            </a>{' '}
            <span className="document-files__info">
              {`(${kind(f.mimeType)}, ${formatFileSize(f.filesize)}${f.pageCount ? `, ${f.pageCount} trang` : ''}, ${f.downloads} lượt tải)`}
            </span>
          </li>
        ))}
      </ul>
      {preview?.url ? (
        <object
          className="document-files__preview"
          data={linkOn(site, preview.url)}
          type="application/pdf"
          aria-label={`Xem trước ${preview.title || preview.filename}`}
        >
          <iframe
            src={linkOn(site, preview.url)}
            title={`Xem trước ${preview.title || preview.filename}`}
            className="document-files__preview"
          />
        </object>
      ) : null}
    </section>
  )
}
