import type { Payload, PayloadRequest } from 'payload'

import { articlesIndexName, searchClient } from './client'
import { toSearchDocument } from './toSearchDocument'

const WAIT_MS = 60_000

/**
 * Makes the search document of one article match Postgres: upserts the live version, or deletes
 * the document when the article is unpublished or gone. Idempotent; throws unless Meilisearch
 * reports success.
 */
export async function syncArticle(
  payload: Payload,
  articleId: number,
  opts: { req?: PayloadRequest; uid?: string } = {},
): Promise<'upsert' | 'delete'> {
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req: opts.req,
  })
  const index = searchClient().index(opts.uid ?? articlesIndexName())
  const article = docs[0]
  const task = article
    ? await index
        .addDocuments([toSearchDocument(article)], { primaryKey: 'id' })
        .waitTask({ timeout: WAIT_MS })
    : await index.deleteDocument(articleId).waitTask({ timeout: WAIT_MS })
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch từ chối tác vụ ${task.uid} (${task.status}): ${task.error?.message ?? ''}`,
    )
  }
  return article ? 'upsert' : 'delete'
}
