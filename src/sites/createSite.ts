import { APIError, ValidationError, type Payload, type PayloadRequest } from 'payload'

import type { Site } from '../payload-types'
import { hostName } from './hostName'

export type NewSite = { name: string; slug: string; domains?: string[]; parent?: string }

/**
 * Creates a commune's (or agency's) site, as `npm run site -- create` and any other caller without
 * an HTTP request do; `POST /api/sites` does the same through the collection's own hooks. The
 * parent is named by slug (the main site when omitted). Checks first what people get wrong, so
 * the answer says it in words: a slug or domain already taken, an unknown parent.
 * Throws APIError 400 with a Vietnamese message.
 */
export async function createSite(
  payload: Payload,
  input: NewSite,
  req?: PayloadRequest,
): Promise<Site> {
  const name = input.name?.normalize('NFC').trim()
  const slug = input.slug?.trim().toLowerCase()
  if (!name) throw new APIError('Thiếu tên trang đơn vị.', 400, null, true)
  if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    throw new APIError(
      `Đường dẫn "${input.slug ?? ''}" không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: xa-an-hoa).`,
      400,
      null,
      true,
    )
  const taken = await findSite(payload, { slug: { equals: slug } }, req)
  if (taken)
    throw new APIError(`Đường dẫn "${slug}" đã được trang "${taken.name}" dùng.`, 400, null, true)
  const domains = [...new Set((input.domains ?? []).map((d) => hostName(d)).filter(Boolean))]
  for (const domain of domains) {
    const owner = await findSite(payload, { domains: { equals: domain } }, req)
    if (owner)
      throw new APIError(`Tên miền ${domain} đã thuộc trang "${owner.name}".`, 400, null, true)
  }
  let parent: number | undefined
  if (input.parent) {
    const found = await findSite(
      payload,
      { slug: { equals: input.parent.trim().toLowerCase() } },
      req,
    )
    if (!found)
      throw new APIError(`Không có trang đơn vị cấp trên "${input.parent}".`, 400, null, true)
    parent = found.id
  }
  try {
    return await payload.create({
      collection: 'sites',
      data: { name, slug, domains, ...(parent ? { parent } : {}) },
      req,
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    if (error instanceof ValidationError)
      throw new APIError(
        error.data.errors.map((e) => `${e.label ?? e.path}: ${e.message}`).join('; '),
        400,
        null,
        true,
      )
    throw error
  }
}

async function findSite(
  payload: Payload,
  where: Record<string, unknown>,
  req?: PayloadRequest,
): Promise<Site | undefined> {
  const { docs } = await payload.find({
    collection: 'sites',
    where: where as never,
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0]
}
