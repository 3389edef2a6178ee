/** Validated search parameters: every value that reaches a Meilisearch filter comes from here. */
export type SearchParams = {
  q: string
  category: { id: number } | { slug: string } | null
  /** Unix seconds, inclusive bounds. */
  from: number | null
  to: number | null
  page: number
  limit: number
  /** The site searched: its own articles and those shared to it (`alsoOn`). None: every site. */
  site?: number
  /** Also the articles of the site's child sites (the province with its communes). */
  withSubsites?: boolean
}

export type ParseResult = { ok: true; params: SearchParams } | { ok: false; message: string }

export const MAX_QUERY_LENGTH = 200
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
export const MAX_PAGE = 1000

// Vietnam has no daylight saving time: a calendar day there is [00:00, 24:00) at UTC+7.
const VN_OFFSET_SECONDS = 7 * 3600
const CONTROL = /[\u0000-\u001F\u007F\uE000\uE001]/g

type Raw = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? ''

/** Trims, folds whitespace, drops control characters, NFC, and caps the query's length. */
export function cleanQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trim()
}

/** `YYYY-MM-DD` (a day in Vietnam) or an ISO date-time, as Unix seconds; null when invalid. */
export function parseDateBound(raw: string, edge: 'start' | 'end'): number | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw)
  if (day) {
    const [y, m, d] = day.slice(1).map(Number)
    const utc = Date.UTC(y, m - 1, d)
    const check = new Date(utc)
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
      return null
    const start = utc / 1000 - VN_OFFSET_SECONDS
    return edge === 'start' ? start : start + 86_399
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(raw)) return null
  const time = Date.parse(raw)
  return Number.isNaN(time) ? null : Math.floor(time / 1000)
}

function parsePositive(raw: string, fallback: number): number | null {
  if (raw === '') return fallback
  if (!/^\d{1,6}$/.test(raw)) return null
  const value = Number(raw)
  return value >= 1 ? value : null
}

/** Validates `q, category, from, to, page, limit`; a refusal carries a Vietnamese message. */
export function parseSearchParams(raw: Raw): ParseResult {
  const q = cleanQuery(first(raw.q))

  const categoryRaw = first(raw.category).trim()
  let category: SearchParams['category'] = null
  if (/^\d{1,9}$/.test(categoryRaw)) category = { id: Number(categoryRaw) }
  else if (/^[a-z0-9-]{1,120}$/.test(categoryRaw)) category = { slug: categoryRaw }
  else if (categoryRaw) return { ok: false, message: 'Chuyên mục không hợp lệ.' }

  const fromRaw = first(raw.from).trim()
  const toRaw = first(raw.to).trim()
  const from = fromRaw ? parseDateBound(fromRaw, 'start') : null
  const to = toRaw ? parseDateBound(toRaw, 'end') : null
  if (fromRaw && from === null)
    return { ok: false, message: 'Ngày bắt đầu không hợp lệ (định dạng NNNN-TT-NN).' }
  if (toRaw && to === null)
    return { ok: false, message: 'Ngày kết thúc không hợp lệ (định dạng NNNN-TT-NN).' }
  if (from !== null && to !== null && from > to)
    return { ok: false, message: 'Ngày bắt đầu phải trước ngày kết thúc.' }

  const page = parsePositive(first(raw.page).trim(), 1)
  if (page === null || page > MAX_PAGE)
    return { ok: false, message: `Số trang phải là số nguyên từ 1 đến ${MAX_PAGE}.` }
  const limit = parsePositive(first(raw.limit).trim(), DEFAULT_LIMIT)
  if (limit === null)
    return { ok: false, message: `Số kết quả mỗi trang phải là số nguyên từ 1 đến ${MAX_LIMIT}.` }

  const withSubsites = ['1', 'true'].includes(first(raw.subsites).trim())
  return {
    ok: true,
    params: { q, category, from, to, page, limit: Math.min(limit, MAX_LIMIT), withSubsites },
  }
}

/** The Meilisearch filter for validated parameters (numbers and [a-z0-9-] slugs only). */
export function buildFilter(params: SearchParams): string[] {
  const filter: string[] = []
  if (params.site !== undefined) filter.push(siteFilter(params.site, params.withSubsites))
  if (params.category && 'id' in params.category) filter.push(`category.id = ${params.category.id}`)
  if (params.category && 'slug' in params.category)
    filter.push(`category.slug = "${params.category.slug}"`)
  if (params.from !== null) filter.push(`publishedAt >= ${params.from}`)
  if (params.to !== null) filter.push(`publishedAt <= ${params.to}`)
  return filter
}

/** A site's own articles and those shared to it; with its child sites' articles when asked. */
function siteFilter(site: number, withSubsites = false): string {
  const id = Math.trunc(site)
  return withSubsites
    ? `site = ${id} OR siteParent = ${id} OR alsoOn = ${id}`
    : `site = ${id} OR alsoOn = ${id}`
}
