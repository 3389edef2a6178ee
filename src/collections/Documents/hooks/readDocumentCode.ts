import type { CollectionBeforeValidateHook } from 'payload'

import { describeDocumentCode } from '../../../documents/describeDocumentCode'
import { idOf } from '../../../sites/siteRoles'

/**
 * Reads the code (số/ký hiệu) on every save: stores its canonical spelling and parts, flags a
 * code it cannot read (kept as typed, `codeParts.problem` tells the editor why), and fills an
 * empty type and issuer from it. "Tỉnh ủy" from "…/TU" becomes the site's own name when the site
 * is that body ("Tỉnh ủy Vĩnh An").
 */
export const readDocumentCode: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const raw = data.code ?? originalDoc?.code
  if (typeof raw !== 'string') return data
  const { code, parts, type, issuer } = describeDocumentCode(raw)
  const next: Record<string, unknown> = { ...data, code, codeParts: parts }
  const current = (key: 'type' | 'issuer') => data[key] ?? originalDoc?.[key]
  if (!current('type') && type) next.type = type
  if (!current('issuer') && issuer) next.issuer = await withSiteName(issuer, data, originalDoc, req)
  return next
}

async function withSiteName(
  issuer: string,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  req: Parameters<CollectionBeforeValidateHook>[0]['req'],
): Promise<string> {
  const id = idOf((data.site ?? originalDoc?.site) as never)
  if (id === null) return issuer
  const site = await req.payload
    .findByID({ collection: 'sites', id, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  const name = site?.name?.normalize('NFC')
  return name && name.toLowerCase().startsWith(issuer.toLowerCase()) ? name : issuer
}
