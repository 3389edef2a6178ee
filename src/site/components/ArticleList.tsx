import type { PublicSite } from '../getSite'
import type { ArticleItem } from '../queries'
import { ArticleCard } from './ArticleCard'

/** A titled block of articles ("Tin mới", "Những tin cũ hơn" …), as a labelled region. */
export function ArticleList({
  site,
  id,
  title,
  articles,
  variant = 'row',
  showSummary = false,
}: {
  site: PublicSite
  id: string
  title: React.ReactNode
  articles: ArticleItem[]
  variant?: 'card' | 'row' | 'title'
  showSummary?: boolean
}) {
  if (!articles.length) return null
  return (
    <section className={`article-list article-list--${variant}`} aria-labelledby={id}>
      <h2 className="section-title" id={id}>
        {title}
      </h2>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <ArticleCard site={site} article={a} variant={variant} showSummary={showSummary} />
          </li>
        ))}
      </ul>
    </section>
  )
}
