import type { Leader, Page } from '../../payload-types'
import { imageSource } from '../media'
import type { Lang } from '../pageQueries'
import { ArticleBody } from './ArticleBody'
import { Figure } from './Figure'
import { LeaderList } from './LeaderList'

/** A "Giới thiệu" / "Liên hệ" page in one language: title, org chart, body, leaders. */
export function PageView({
  page,
  lang,
  leaders = [],
  children,
}: {
  page: Page
  lang: Lang
  leaders?: Leader[]
  children?: React.ReactNode
}) {
  const chart = imageSource(page.orgChart, 'hero')
  return (
    <>
      <article className="article site-page" aria-labelledby="tieu-de">
        <h1 id="tieu-de" className="article__title">
          {page.title}
        </h1>
        {chart ? <Figure image={chart} /> : null}
        <ArticleBody content={page.content} />
        {children}
      </article>
      <LeaderList leaders={leaders} lang={lang} />
    </>
  )
}
