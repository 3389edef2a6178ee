import type { DocumentSearchParams } from './parseDocumentSearchParams'

const DAY = 86_400
// Vietnam has no daylight saving time: a calendar day there starts at 17:00 UTC the day before.
const VN_OFFSET = 7 * 3600

/** Unix seconds of the start of `now`'s calendar day in Vietnam. */
export const startOfDayInVietnam = (now: Date) =>
  Math.floor((now.getTime() / 1000 + VN_OFFSET) / DAY) * DAY - VN_OFFSET

/**
 * The Meilisearch filter for validated parameters (numbers, known types and [a-z0-9-] slugs
 * only). Validity follows computeValidity by calendar day in Vietnam: in force = not replaced,
 * not expired before today, effective by the end of today; no longer = replaced or expired.
 */
export function buildDocumentFilter(params: DocumentSearchParams, now = new Date()): string[] {
  const filter: string[] = []
  if (params.site !== undefined) {
    const id = Math.trunc(params.site)
    filter.push(params.withSubsites ? `site = ${id} OR siteParent = ${id}` : `site = ${id}`)
  }
  if (params.type) filter.push(`type = "${params.type}"`)
  if (params.issuer) filter.push(`issuerSlug = "${params.issuer}"`)
  if (params.field) filter.push(`fieldSlug = "${params.field}"`)
  if (params.year) filter.push(`year = ${Math.trunc(params.year)}`)
  const today = startOfDayInVietnam(now)
  if (params.validity === 'con')
    filter.push(
      'replaced = false',
      `expiresAt IS NULL OR expiresAt >= ${today}`,
      `effectiveAt IS NULL OR effectiveAt < ${today + DAY}`,
    )
  if (params.validity === 'het') filter.push(`replaced = true OR expiresAt < ${today}`)
  return filter
}
