import Image from 'next/image'
import Link from 'next/link'

import { formatArticleDate } from '../../lib/vietnamese'
import { imageSource } from '../media'
import { articleHref } from '../articleLinks'
import type { PublicSite } from '../getSite'
import type { ArticleItem } from '../queries'

/** One article in a list: picture, headline, date and (optionally) the sapo. */
export function ArticleCard({
  site,
  article,
  variant = 'card',
  showSummary = false,
  priority = false,
  headingLevel = 3,
}: {
  site: PublicSite
  article: ArticleItem
  variant?: 'card' | 'row' | 'title'
  showSummary?: boolean
  priority?: boolean
  headingLevel?: 2 | 3
}) {
  const image =
    variant === 'title'
      ? null
      : imageSource(article.cover, variant === 'row' ? 'thumbnail' : 'card')
  const Heading = `h${headingLevel}` as const
  const href = articleHref(site, article)
  return (
    <article className={`article-card article-card--${variant}`}>
      {image ? (
        <Link href={href} className="article-card__image" tabIndex={-1} aria-hidden="true">
          <Image
            src={image.src}
            alt=""
            width={image.width}
            height={image.height}
            unoptimized
            priority={priority}
          />
        </Link>
      ) : null}
      <div className="article-card__text">
        <Heading className="article-card__title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {article.publishedAt ? (
          <p className="article-card__date">
            <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt)}</time>
          </p>
        ) : null}
        {showSummary && article.summary ? (
          <p className="article-card__summary">{article.summary}</p>
        ) : null}
      </div>
    </article>
  )
}
