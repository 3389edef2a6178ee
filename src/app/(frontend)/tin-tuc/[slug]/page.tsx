import { notFound } from 'next/navigation'

import { lexicalToPlainText } from '@/lib/lexical'
import { formatArticleDate } from '@/lib/vietnamese'
import { articleBySlug } from '@/site/queries'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  const article = await articleBySlug((await params).slug)
  return article ? { title: article.title, description: article.summary ?? undefined } : {}
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleBySlug((await params).slug)
  if (!article) notFound()
  return (
    <article>
      <h1>{article.title}</h1>
      {article.publishedAt ? <p className="date">{formatArticleDate(article.publishedAt)}</p> : null}
      {article.summary ? <p className="sapo"><strong>{article.summary}</strong></p> : null}
      {lexicalToPlainText(article.content)
        .split('\n\n')
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      {article.byline ? <p className="byline">{article.byline}</p> : null}
    </article>
  )
}
