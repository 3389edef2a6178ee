import type { Metadata } from 'next'

import { PHASE_LABELS } from '@/consultations/consultationPhase'
import { formatArticleDate } from '@/lib/vietnamese'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { getConsultations } from '@/site/consultationQueries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { consultationPath } from '@/site/pageSlugs'
import { linkOn } from '@/site/urls'

// Open or closed follows the clock: rendered on each request.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Góp ý dự thảo' }

type Props = { params: Promise<{ site: string }> }

/** /gop-y-du-thao: the site's published consultations, open ones first, each with its deadline. */
export default async function ConsultationsPage({ params }: Props) {
  const site = await siteOrNotFound(params)
  const consultations = await getConsultations(site)
  return (
    <>
      <Breadcrumbs site={site} items={[{ name: 'Góp ý dự thảo', path: '/gop-y-du-thao' }]} />
      <section className="article" aria-labelledby="gop-y-du-thao">
        <h1 id="gop-y-du-thao" className="page-title">
          Góp ý dự thảo
        </h1>
        {consultations.length ? (
          <ul className="consultation-list">
            {consultations.map((c) => (
              <li key={c.id} className={`consultation-list__item consultation--${c.phase}`}>
                <a href={linkOn(site, consultationPath(c.slug!))}>{c.title}</a>
                <p>
                  <strong>{PHASE_LABELS[c.phase]}</strong>
                  {` — Thời hạn: ${formatArticleDate(c.opensAt)} đến ${formatArticleDate(c.closesAt)}`}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>Hiện chưa có dự thảo nào lấy ý kiến.</p>
        )}
      </section>
    </>
  )
}
