import type { Payload, PayloadRequest } from 'payload'

import { searchClient } from './client'
import type { SearchIndex } from './searchIndex'

const WAIT_MS = 60_000

/**
 * Makes the search document of one row match Postgres: upserts it while it belongs in the index
 * (published, and for documents ordinary and public), deletes it otherwise or when it is gone.
 * Idempotent; throws unless Meilisearch reports success.
 */
export async function syncRecord(
  payload: Payload,
  index: SearchIndex,
  id: number,
  opts: { req?: PayloadRequest; uid?: string } = {},
): Promise<'upsert' | 'delete'> {
  const { docs } = await payload.find({
    collection: index.collection,
    where: { and: [{ id: { equals: id } }, index.where] },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req: opts.req,
  })
  const target = searchClient().index(opts.uid ?? index.indexName())
  const row = docs[0] as unknown as Record<string, unknown> | undefined
  const task = row
    ? await target
        .addDocuments(await index.toSearchDocuments(payload, [row], opts.req), { primaryKey: 'id' })
        .waitTask({ timeout: WAIT_MS })
    : await target.deleteDocument(id).waitTask({ timeout: WAIT_MS })
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch từ chối tác vụ ${task.uid} (${task.status}): ${task.error?.message ?? ''}`,
    )
  }
  return row ? 'upsert' : 'delete'
}
