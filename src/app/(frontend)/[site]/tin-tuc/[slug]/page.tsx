import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Article } from '@/payload-types'

import { formatArticleDate } from '@/lib/vietnamese'
import { ArticleBody } from '@/site/components/ArticleBody'
import { ArticleList } from '@/site/components/ArticleList'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { CommentForm } from '@/site/components/CommentForm'
import { JsonLd } from '@/site/components/JsonLd'
import { ListenToArticle } from '@/site/components/ListenToArticle'
import { PrintQr } from '@/site/components/PrintQr'
import { RatingBlock } from '@/site/components/RatingBlock'
import { ReaderTools } from '@/site/components/ReaderTools'
import { readCommentClosing } from '@/comments/closing/readCommentClosing'
import { sqlPool } from '@/lib/sqlPool'
import { getPayloadClient } from '@/site/getPayloadClient'
import { imageSource } from '@/site/media'
import { CommentList } from '@/site/components/CommentList'
import { Figure } from '@/site/components/Figure'
import {
  getApprovedComments,
  getArticleBySlug,
  getArticleStats,
  getCategoryBySlug,
  getNeighbours,
  getOtherArticles,
  siteIdOf,
  type QuerySite,
} from '@/site/queries'
import { articleAudioSources } from '@/site/articleAudio'
import { articleCanonical } from '@/site/articleLinks'
import { getSite } from '@/site/getSite'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { articlePath, assetUrl, categoryPath, linkOn } from '@/site/urls'

export const revalidate = 60 // why 60, and the 3 s nginx sees: next.config.ts
export const generateStaticParams = () => []

type Props = { params: Promise<{ site: string; slug: string }> }

// An article shared to this site (alsoOn) shows here too, but its canonical URL, Open Graph url
// and JSON-LD url are its origin's; comments, ratings and views stay on the one article id.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getSite((await params).site)
  const article = site && (await getArticleBySlug(site, (await params).slug))
  if (!site || !article) return { title: 'Không tìm thấy trang' }
  const url = articleCanonical(site, article)
  const cover = imageSource(article.cover, 'hero')
  const images = cover
    ? [{ url: cover.src, width: cover.width, height: cover.height, alt: cover.alt }]
    : []
  return {
    title: article.title,
    description: article.summary ?? undefined,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.summary ?? undefined,
      url,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      section: typeof article.category === 'object' ? article.category.title : undefined,
      tags: article.tags ?? undefined,
      images,
    },
    twitter: {
      card: cover ? 'summary_large_image' : 'summary',
      title: article.title,
      description: article.summary ?? undefined,
      images: images.map((i) => i.url),
    },
  }
}

/**
 * The article's category as this site has it: a shared article's category belongs to its origin,
 * so the breadcrumb links to this site's category of the same slug only when there is one.
 */
async function categoryHere(site: QuerySite, article: Article) {
  const category = typeof article.category === 'object' ? article.category : null
  if (!category || siteIdOf(article.site) === site.id) return category
  return getCategoryBySlug(site, category.slug!)
}

export default async function ArticlePage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const article = await getArticleBySlug(site, (await params).slug)
  if (!article) notFound()
  const [category, neighbours, others, stats, comments, closing] = await Promise.all([
    categoryHere(site, article),
    getNeighbours(site, article),
    getOtherArticles(site, article),
    getArticleStats(article.id),
    getApprovedComments(article.id),
    getPayloadClient().then((payload) => readCommentClosing(sqlPool(payload), article.id)),
  ])
  // Closed by the editor's switch, a moderator or the site's delay (src/comments/closing).
  const commentsClosed = closing?.closed !== false
  const { settings } = site
  const cover = imageSource(article.cover, 'hero')
  const url = articleCanonical(site, article)
  // A shared article is published by its origin site.
  const origin = typeof article.site === 'object' ? article.site : null
  const publisher = origin && origin.id !== site.id ? origin.name : settings.portalName

  return (
    <>
      <Breadcrumbs
        site={site}
        items={[
          ...(category ? [{ name: category.title, path: categoryPath(category.slug!) }] : []),
          { name: article.title, path: articlePath(article.slug!) },
        ]}
      />
      <article className="article" aria-labelledby="tieu-de">
        <header className="article__header">
          <h1 id="tieu-de" className="article__title">
            {article.title}
          </h1>
          {article.publishedAt ? (
            <p className="article__date">
              <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt)}</time>
            </p>
          ) : null}
          <ReaderTools title={article.title} url={url} />
        </header>
        <ListenToArticle sources={articleAudioSources(article)} />
        {article.summary ? <p className="article__sapo">{article.summary}</p> : null}
        {cover ? <Figure image={cover} cover /> : null}
        <ArticleBody content={article.content} />
        {article.byline ? <p className="article__byline">{article.byline}</p> : null}
        {article.source ? <p className="article__source">{`Nguồn: ${article.source}`}</p> : null}
        {article.tags?.length ? (
          <p className="article__tags">
            Từ khóa:{' '}
            {article.tags.map((tag, i) => (
              <span key={tag} className="tag">
                {tag}
                {i < article.tags!.length - 1 ? ', ' : ''}
              </span>
            ))}
          </p>
        ) : null}
        <p className="article__print-url">{url}</p>
        <PrintQr src={linkOn(site, `${articlePath(article.slug!)}/qr.svg`)} url={url} />
      </article>

      {article.allowRating !== false ? (
        <RatingBlock articleId={article.id} total={stats.ratingTotal} count={stats.ratingCount} />
      ) : null}

      <section className="comments" aria-labelledby="binh-luan">
        <h2 id="binh-luan" className="section-title">
          {`Bình luận (${stats.commentCount})`}
        </h2>
        <CommentList comments={comments} closed={commentsClosed} />
        {commentsClosed ? (
          <p className="comments__closed">Bình luận đã đóng</p>
        ) : (
          <CommentForm
            articleId={article.id}
            policyHref={linkOn(site, '/chinh-sach-bao-ve-du-lieu')}
          />
        )}
      </section>

      <div className="related">
        <ArticleList
          site={site}
          id="tin-moi-hon"
          title="Những tin mới hơn"
          articles={neighbours.newer}
          variant="title"
        />
        <ArticleList
          site={site}
          id="tin-cu-hon"
          title="Những tin cũ hơn"
          articles={neighbours.older}
          variant="title"
        />
      </div>
      <ArticleList site={site} id="tin-khac" title="Các tin khác" articles={others} variant="row" />

      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: article.summary ?? undefined,
          datePublished: article.publishedAt,
          dateModified: article.updatedAt,
          author: article.byline
            ? { '@type': 'Person', name: article.byline.replace(/^(Bài(, ảnh)?|Ảnh):\s*/i, '') }
            : { '@type': 'Organization', name: publisher },
          image: cover ? [assetUrl(site, cover.src)] : undefined,
          url,
          mainEntityOfPage: url,
          publisher: { '@type': 'Organization', name: publisher },
          articleSection: category?.title,
          inLanguage: 'vi',
        }}
      />
    </>
  )
}
