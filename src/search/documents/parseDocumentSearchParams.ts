import { documentTypes, type DocumentType } from '../../documents/documentAbbreviations'
import { slugify } from '../../lib/vietnamese'
import {
  cleanQuery,
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_PAGE,
  type ParseResult as ArticleParseResult,
} from '../parseSearchParams'

/** Validated document search parameters: every value that reaches a filter comes from here. */
export type DocumentSearchParams = {
  q: string
  type: DocumentType | null
  /** Slugs of the issuer and field as typed ("Tỉnh ủy Vĩnh An" → tinh-uy-vinh-an). */
  issuer: string | null
  field: string | null
  year: number | null
  /** In force (`con`) or no longer (`het`: expired or replaced). */
  validity: 'con' | 'het' | null
  page: number
  limit: number
  site?: number
  withSubsites?: boolean
}

export type DocumentParseResult =
  { ok: true; params: DocumentSearchParams } | Extract<ArticleParseResult, { ok: false }>

type Raw = Record<string, string | string[] | undefined>
const first = (value: string | string[] | undefined) =>
  ((Array.isArray(value) ? value[0] : value) ?? '').trim()
/** The API's names, or the public page's (`/van-ban?loai=&co-quan=&nam=&linh-vuc=&hieu-luc=&trang=`). */
const pick = (raw: Raw, name: string, alias: string) => first(raw[name]) || first(raw[alias])

function positive(raw: string, fallback: number, max: number): number | null {
  if (raw === '') return fallback
  if (!/^\d{1,6}$/.test(raw)) return null
  const value = Number(raw)
  return value >= 1 && value <= max ? value : null
}

/** Validates `q, type, issuer, field, year, validity, page, limit, subsites`. */
export function parseDocumentSearchParams(raw: Raw): DocumentParseResult {
  const type = pick(raw, 'type', 'loai')
  if (type && !documentTypes.includes(type as DocumentType))
    return { ok: false, message: 'Loại văn bản không hợp lệ.' }
  const year = pick(raw, 'year', 'nam')
  if (year && !/^(19|20)\d{2}$/.test(year))
    return { ok: false, message: 'Năm ban hành không hợp lệ (bốn chữ số, ví dụ 2026).' }
  const validity = pick(raw, 'validity', 'hieu-luc')
  if (validity && validity !== 'con' && validity !== 'het')
    return { ok: false, message: 'Tình trạng hiệu lực chỉ nhận "con" hoặc "het".' }
  const page = positive(pick(raw, 'page', 'trang'), 1, MAX_PAGE)
  if (page === null)
    return { ok: false, message: `Số trang phải là số nguyên từ 1 đến ${MAX_PAGE}.` }
  const limit = positive(first(raw.limit), DEFAULT_LIMIT, 100_000)
  if (limit === null)
    return { ok: false, message: `Số kết quả mỗi trang phải là số nguyên từ 1 đến ${MAX_LIMIT}.` }
  const issuer = slugify(cleanQuery(pick(raw, 'issuer', 'co-quan')))
  const field = slugify(cleanQuery(pick(raw, 'field', 'linh-vuc')))
  return {
    ok: true,
    params: {
      q: cleanQuery(first(raw.q)),
      type: (type || null) as DocumentType | null,
      issuer: issuer || null,
      field: field || null,
      year: year ? Number(year) : null,
      validity: (validity || null) as 'con' | 'het' | null,
      page,
      limit: Math.min(limit, MAX_LIMIT),
      withSubsites: ['1', 'true'].includes(first(raw.subsites)),
    },
  }
}
