import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** The rows of `collection` with these ids (depth 0), by id: one query for a whole batch. */
export async function loadByIds<T extends { id: number | string }>(
  payload: Payload,
  collection: CollectionSlug,
  ids: unknown[],
  req?: PayloadRequest,
): Promise<Map<number, T>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [Number(doc.id), doc as unknown as T]))
}
