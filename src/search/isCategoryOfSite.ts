import type { PayloadRequest } from 'payload'

/**
 * Whether a category belongs to the site searched (or, with its child sites, to one of them):
 * another site's category id is not a filter of this site's search.
 */
export async function isCategoryOfSite(
  req: PayloadRequest,
  categoryId: number,
  site: number,
  withSubsites = false,
): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'categories',
    where: { id: { equals: categoryId } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
    select: { site: true },
  })
  const owner = docs[0]?.site
  if (!owner || typeof owner !== 'object') return false
  if (owner.id === site) return true
  const parent = typeof owner.parent === 'object' ? owner.parent?.id : owner.parent
  return withSubsites && parent === site
}
