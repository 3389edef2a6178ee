import type { Metadata } from 'next'

import { formatArticleDate } from '@/lib/vietnamese'
import { QUESTION_MAX } from '@/questions/postQuestion'
import { QUESTION_TOPICS } from '@/questions/topics'
import { ArticleBody } from '@/site/components/ArticleBody'
import { Breadcrumbs } from '@/site/components/Breadcrumbs'
import { CitizenForm } from '@/site/components/CitizenForm'
import { Pagination } from '@/site/components/Pagination'
import { formResult } from '@/site/formResult'
import { getPublicQuestions, parseQuestionFilters } from '@/site/questionQueries'
import { siteOrNotFound } from '@/site/siteOrNotFound'
import { linkOn } from '@/site/urls'

// Reads its query string (search, topic, page, the form's result).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Hỏi đáp' }

type Props = {
  params: Promise<{ site: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const topicLabel = (value?: string | null) => QUESTION_TOPICS.find((t) => t.value === value)?.label

/** /hoi-dap: answered and published questions by topic, with search and pages; the ask form. */
export default async function QuestionsPage({ params, searchParams }: Props) {
  const site = await siteOrNotFound(params)
  const query = await searchParams
  const filters = parseQuestionFilters(query)
  const result = await getPublicQuestions(site, filters)
  const hrefFor = (page: number) => {
    const qs = new URLSearchParams({
      ...(filters.q && { q: filters.q }),
      ...(filters.topic && { 'chu-de': filters.topic }),
      ...(page > 1 && { trang: String(page) }),
    }).toString()
    return linkOn(site, `/hoi-dap${qs ? `?${qs}` : ''}`)
  }
  return (
    <>
      <Breadcrumbs site={site} items={[{ name: 'Hỏi đáp', path: '/hoi-dap' }]} />
      <section className="article" aria-labelledby="hoi-dap">
        <h1 id="hoi-dap" className="page-title">
          Hỏi đáp
        </h1>
        <form
          method="get"
          action={linkOn(site, '/hoi-dap')}
          className="question-filter"
          role="search"
        >
          <label htmlFor="hoi-dap-q">Tìm câu hỏi</label>
          <input id="hoi-dap-q" name="q" type="search" defaultValue={filters.q} />
          <label htmlFor="hoi-dap-chu-de">Chủ đề</label>
          <select id="hoi-dap-chu-de" name="chu-de" defaultValue={filters.topic}>
            <option value="">Tất cả chủ đề</option>
            {QUESTION_TOPICS.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
          <button type="submit">Tìm</button>
        </form>
        <p>{`Có ${result.totalDocs} câu hỏi đã được trả lời.`}</p>
        {result.docs.map((q) => (
          <article
            key={q.id}
            id={`cau-hoi-${q.id}`}
            className="question"
            aria-labelledby={`cau-hoi-${q.id}-tieu-de`}
          >
            <h2 id={`cau-hoi-${q.id}-tieu-de`} className="question__title">
              {q.title}
            </h2>
            <p className="question__meta">
              {`Người hỏi: ${q.authorName}`}
              {topicLabel(q.topic) ? ` — Chủ đề: ${topicLabel(q.topic)}` : null}
              {q.publishedAt ? ` — ${formatArticleDate(q.publishedAt)}` : null}
            </p>
            <p className="question__content">{q.content}</p>
            <h3 className="question__answer-title">Trả lời</h3>
            <ArticleBody content={q.answer} />
          </article>
        ))}
        {result.totalPages > 1 ? (
          <Pagination
            page={filters.page}
            totalPages={result.totalPages}
            label="Trang hỏi đáp"
            hrefFor={hrefFor}
          />
        ) : null}
      </section>
      <CitizenForm
        action={linkOn(site, '/api/questions')}
        back={linkOn(site, '/hoi-dap')}
        policyHref={linkOn(site, '/chinh-sach-bao-ve-du-lieu')}
        result={formResult(query)}
        legend="Gửi câu hỏi"
        contentLabel="Nội dung câu hỏi"
        submitLabel="Gửi câu hỏi"
        sentMessage="Cảm ơn bạn. Câu hỏi sẽ được trả lời và công bố sau khi cơ quan xem xét."
        max={QUESTION_MAX}
        withTitle
      />
    </>
  )
}
