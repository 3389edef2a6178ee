import Link from 'next/link'

import { formatArticleDate } from '@/lib/vietnamese'
import { latestArticles } from '@/site/queries'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const articles = await latestArticles()
  return (
    <section aria-labelledby="tin-moi">
      <h1 id="tin-moi">Tin mới</h1>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={`/tin-tuc/${a.slug}`}>{a.title}</Link>
            {a.publishedAt ? <small> — {formatArticleDate(a.publishedAt)}</small> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
