import type { DocumentSearchHit } from '../documents/searchDocuments'

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })

/**
 * One document found: code, title (trích yếu), issuer and date, linking to /van-ban/{slug}. The
 * highlighted code and title are HTML built by toHighlightHtml (escaped text, our own <mark>).
 */
export function DocumentHitItem({ hit }: { hit: DocumentSearchHit }) {
  return (
    <article className="search-hit search-hit--document">
      <div>
        <h2 className="search-hit__title">
          <a href={hit.url}>
            <span
              className="search-hit__code"
              dangerouslySetInnerHTML={{ __html: hit.highlight.code }}
            />
            {' — '}
            <span dangerouslySetInnerHTML={{ __html: hit.highlight.title }} />
          </a>
        </h2>
        <p className="search-hit__meta">
          {hit.issuer ? <span>{hit.issuer}</span> : null}
          <time dateTime={hit.issuedAt}>{`Ban hành ${day(hit.issuedAt)}`}</time>
          {hit.validity === 'het' || hit.validity === 'thay-the' ? <span>Hết hiệu lực</span> : null}
        </p>
      </div>
    </article>
  )
}
