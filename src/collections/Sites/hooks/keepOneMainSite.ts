import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { findMainSite } from '../../../sites/mainSite'
import { idOf } from '../../../sites/siteRoles'

/**
 * Exactly one site, the main one, has no parent; no site is its own parent; a domain belongs to
 * one site only (the Host header must name one site).
 */
export const keepOneMainSite: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const id = originalDoc?.id
  const parent = idOf(data.parent)
  const main = await findMainSite(req.payload, req)
  if (parent === null && main && main.id !== id)
    throw new APIError(
      'Chỉ trang chính (Tỉnh ủy) không có đơn vị cấp trên: hãy chọn đơn vị cấp trên.',
      400,
      null,
      true,
    )
  if (parent !== null && main && main.id === id)
    throw new APIError('Trang chính (Tỉnh ủy) không có đơn vị cấp trên.', 400, null, true)
  if (parent !== null && parent === id)
    throw new APIError('Một trang không thể là cấp trên của chính nó.', 400, null, true)
  for (const domain of (data.domains as string[] | undefined) ?? []) {
    const { docs } = await req.payload.find({
      collection: 'sites',
      where: {
        and: [{ domains: { equals: domain } }, ...(id ? [{ id: { not_equals: id } }] : [])],
      },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (docs.length)
      throw new APIError(`Tên miền ${domain} đã thuộc trang "${docs[0].name}".`, 400, null, true)
  }
  return data
}
