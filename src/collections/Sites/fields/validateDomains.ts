import type { TextFieldManyValidation } from 'payload'

/**
 * A host name belongs to one site: the Host header picks the site (src/sites/requestSite.ts), so a
 * second site claiming a domain would take over the first one's visitors.
 */
export const validateDomains: TextFieldManyValidation = async (value, { id, req }) => {
  const domains = (value ?? []).filter(Boolean)
  if (!domains.length) return true
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: {
      and: [
        { domains: { in: domains } },
        ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, domains: true },
  })
  const other = docs[0]
  if (!other) return true
  const taken = domains.filter((d) => other.domains?.includes(d))
  return `Tên miền ${taken.join(', ')} đã thuộc trang "${other.name}".`
}
