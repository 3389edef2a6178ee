import type { Where } from 'payload'

import { QUESTION_TOPICS } from '../questions/topics'
import type { Question } from '../payload-types'
import { getPayloadClient } from './getPayloadClient'
import type { QuerySite } from './queries'

export const QUESTION_PAGE_SIZE = 10

export type QuestionFilters = { q: string; topic: string; page: number }

/** `?q=&chu-de=&trang=` of /hoi-dap, cleaned: unknown topics and bad pages are ignored. */
export function parseQuestionFilters(params: Record<string, string | string[] | undefined>) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''
  const topic = one(params['chu-de'])
  const page = Number(one(params.trang))
  return {
    q: one(params.q).normalize('NFC').trim().slice(0, 100),
    topic: QUESTION_TOPICS.some((t) => t.value === topic) ? topic : '',
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  }
}

/**
 * Published questions of the site (the public's read access: never email or address hash),
 * newest first, by topic and words in the title or question (Postgres ILIKE, every word).
 */
export async function getPublicQuestions(site: QuerySite, filters: QuestionFilters) {
  const payload = await getPayloadClient()
  const and: Where[] = [{ site: { equals: site.id } }]
  if (filters.topic) and.push({ topic: { equals: filters.topic } })
  if (filters.q)
    and.push({ or: [{ title: { like: filters.q } }, { content: { like: filters.q } }] })
  const result = await payload.find({
    collection: 'questions',
    overrideAccess: false,
    where: { and },
    sort: '-publishedAt',
    limit: QUESTION_PAGE_SIZE,
    page: filters.page,
    depth: 0,
  })
  return { ...result, docs: result.docs as Question[] }
}
