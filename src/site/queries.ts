import { getPayloadClient } from './getPayloadClient'

// Every public query runs with overrideAccess: false and no user, so Payload's read access
// (published only) applies on top of our own filters.
const publicQuery = { overrideAccess: false, draft: false } as const

export async function latestArticles(limit = 20) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicQuery,
    sort: '-publishedAt',
    limit,
    depth: 1,
  })
  return docs
}

export async function articleBySlug(slug: string) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    ...publicQuery,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
}
