import Image from 'next/image'
import Link from 'next/link'

import { formatArticleDate } from '../../lib/vietnamese'
import { categoryPath } from '../../site/urls'
import type { SearchHit } from '../searchArticles'

/**
 * One result. The highlighted title and sapo are HTML built by toHighlightHtml: the article's
 * text escaped, with only our own <mark> around the matched words. `basePath` keeps the site's
 * /don-vi/{slug} prefix on the category link (the page sets `hit.url` itself).
 */
export function SearchHitItem({ hit, basePath = '' }: { hit: SearchHit; basePath?: string }) {
  return (
    <article className="search-hit">
      {hit.cover ? (
        <Link href={hit.url} className="search-hit__image" tabIndex={-1} aria-hidden="true">
          <Image src={hit.cover} alt="" width={320} height={180} unoptimized />
        </Link>
      ) : null}
      <div>
        <h2 className="search-hit__title">
          <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.highlight.title }} />
        </h2>
        <p className="search-hit__meta">
          {hit.category ? (
            <a href={`${basePath}${categoryPath(hit.category.slug)}`}>{hit.category.title}</a>
          ) : null}
          <time dateTime={hit.publishedAt}>{formatArticleDate(hit.publishedAt)}</time>
        </p>
        {hit.summary ? (
          <p
            className="search-hit__summary"
            dangerouslySetInnerHTML={{ __html: hit.highlight.summary }}
          />
        ) : null}
      </div>
    </article>
  )
}
