import type { PayloadRequest } from 'payload'

/** "«Đảng ủy xã An Hòa», «…»": the names of some sites, for messages. */
export async function siteNames(req: PayloadRequest, ids: number[]): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    req,
    overrideAccess: true,
    select: { name: true },
  })
  const names = ids.map((id) => docs.find((d) => d.id === id)?.name ?? `#${id}`)
  return names.map((n) => `«${n}»`).join(', ')
}
