import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import {
  CLOSED,
  NOT_YET_OPEN,
  PHASE_LABELS,
  remainingTime,
} from '@/consultations/consultationPhase'
import { FEEDBACK_MAX } from '@/consultations/postFeedback'
import { formatArticleDate } from '@/lib/vietnamese'
import { ArticleBody } from '@/site/components/ArticleBody'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { CitizenForm } from '@/site/components/CitizenForm'
import { DocumentFileList } from '@/site/components/DocumentFileList'
import { ProtectedEmail } from '@/site/components/ProtectedEmail'
import { getConsultationBySlug } from '@/site/consultationQueries'
import { documentPath } from '@/site/documentLinks'
import { formResult } from '@/site/formResult'
import { getSite } from '@/site/getSite'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { canonicalOn, linkOn } from '@/site/urls'

// The countdown and the open/closed state are computed when the page is rendered.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ site: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site: param, slug } = await params
  const site = await getSite(param)
  const found = site && (await getConsultationBySlug(site, slug))
  if (!site || !found) return { title: 'Không tìm thấy trang' }
  const url = canonicalOn(site, `/gop-y-du-thao/${slug}`)
  return { title: `Góp ý dự thảo: ${found.consultation.title}`, alternates: { canonical: url } }
}

/**
 * /gop-y-du-thao/{slug}: the draft (its document's PDF shown inline), the deadline and what is
 * left of it, the receiving address (harvest-resistant), the published summary of feedback, and
 * the feedback form while it is open.
 */
export default async function ConsultationPage({ params, searchParams }: Props) {
  const site = await siteOrNotFound(params)
  const path = `/gop-y-du-thao/${(await params).slug}`
  const found = await getConsultationBySlug(site, (await params).slug)
  if (!found) notFound()
  const { consultation: c, document } = found
  return (
    <>
      <Breadcrumbs
        site={site}
        items={[
          { name: 'Góp ý dự thảo', path: '/gop-y-du-thao' },
          { name: c.title, path },
        ]}
      />
      <article className="article consultation" aria-labelledby="tieu-de">
        <header className="article__header">
          <h1 id="tieu-de" className="article__title">
            {c.title}
          </h1>
          <p className={`consultation__status consultation--${c.phase}`}>
            <strong>{PHASE_LABELS[c.phase]}</strong>
            {c.phase === 'open' ? ` — ${remainingTime(c.closesAt)}` : null}
          </p>
        </header>
        <dl className="consultation__meta">
          <dt>Thời gian nhận góp ý</dt>
          <dd>{`Từ ${formatArticleDate(c.opensAt)} đến ${formatArticleDate(c.closesAt)}`}</dd>
          <dt>Thư điện tử nhận góp ý</dt>
          <dd>
            <ProtectedEmail address={c.receivingEmail} />
          </dd>
          {document ? (
            <>
              <dt>Văn bản dự thảo</dt>
              <dd>
                <a href={linkOn(site, documentPath(document.slug!))}>{document.code}</a>
              </dd>
            </>
          ) : null}
        </dl>
        <ArticleBody content={c.summary} />
        {document ? <DocumentFileList site={site} doc={document} /> : null}
        {c.feedbackSummary ? (
          <section aria-labelledby="tong-hop">
            <h2 id="tong-hop" className="section-title">
              Tổng hợp, tiếp thu ý kiến
            </h2>
            <ArticleBody content={c.feedbackSummary} />
          </section>
        ) : null}
      </article>
      {c.phase === 'open' ? (
        <CitizenForm
          action={linkOn(site, `/api/consultations/${c.id}/feedback`)}
          back={linkOn(site, path)}
          policyHref={linkOn(site, '/chinh-sach-bao-ve-du-lieu')}
          result={formResult(await searchParams)}
          legend="Gửi góp ý"
          contentLabel="Nội dung góp ý"
          submitLabel="Gửi góp ý"
          sentMessage="Cảm ơn bạn. Góp ý của bạn đã được tiếp nhận."
          max={FEEDBACK_MAX}
        />
      ) : (
        <p className="consultation__closed" id="gui" role="status">
          {c.phase === 'upcoming' ? NOT_YET_OPEN : CLOSED}
        </p>
      )}
    </>
  )
}
