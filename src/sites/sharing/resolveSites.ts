import { APIError, type PayloadRequest } from 'payload'

/**
 * Site ids from what a caller sent: ids or slugs. Every one must exist (400 otherwise): a typo must
 * not silently share an article to fewer sites than asked.
 */
export async function resolveSites(req: PayloadRequest, value: unknown): Promise<number[]> {
  const list = Array.isArray(value) ? value : [value]
  if (!list.length || list.some((v) => typeof v !== 'number' && typeof v !== 'string'))
    throw new APIError('Hãy chọn trang đơn vị (mã số hoặc đường dẫn).', 400, null, true)
  const ids: number[] = []
  for (const v of list as (number | string)[]) {
    const byId = /^\d+$/.test(String(v))
    const { docs } = await req.payload.find({
      collection: 'sites',
      where: byId ? { id: { equals: Number(v) } } : { slug: { equals: String(v).toLowerCase() } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
      select: { slug: true },
    })
    if (!docs[0]) throw new APIError(`Không có trang đơn vị "${v}".`, 400, null, true)
    ids.push(docs[0].id)
  }
  return [...new Set(ids)]
}
