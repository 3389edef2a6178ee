import { foldVietnamese } from '../lib/vietnamese'
import {
  type DocumentType,
  partyIssuers,
  partyTypes,
  stateIssuers,
  stateTypes,
  type TypeEntry,
} from './documentAbbreviations'

/**
 * Reads a document's code (số/ký hiệu). Party: "15-NQ/TU" (number-TYPE/ISSUER, Hướng dẫn
 * 36-HD/VPTW). State: "42/2022/NĐ-CP" (number/year/TYPE-ISSUER), "1234/QĐ-UBND"
 * (number/TYPE-ISSUER) and công văn "123/UBND-VX" (number/ISSUER-UNIT, no type).
 * Forgiving about what people type: spaces around "-" and "/", lower case, dashes and
 * slashes from other keyboards, a leading "Số:", a Latin D where a known abbreviation has
 * Đ ("QD" → "QĐ"; an exact match wins, so "DA" stays dự án and "HD" hướng dẫn). A code it
 * cannot read is returned with a Vietnamese reason: the editor keeps the document, flagged.
 */

export type ParsedDocumentCode = {
  ok: true
  format: 'party' | 'state'
  /** The number as a number: "05-CT/ĐU" → 5. */
  number: number
  year?: number
  /** "" for a State code with no type (công văn, "45/2019/QH14"). */
  typeAbbr: string
  type: DocumentType
  /** Vietnamese name of the kind, lower case: "nghị quyết", "nghị định", "công văn". */
  typeName: string
  issuerAbbr: string
  /** What follows the issuer: the drafting unit of a công văn ("VX"), co-issuers ("BNV"). */
  unitAbbr?: string
  issuerName?: string
  normalized: string
}

export type UnreadableDocumentCode = { ok: false; reason: string; normalized: string }

export type DocumentCode = ParsedDocumentCode | UnreadableDocumentCode

const EXAMPLES = 'ví dụ 15-NQ/TU, 42/2022/NĐ-CP, 1234/QĐ-UBND hoặc 123/UBND-VX'

/** Upper-case key → canonical spelling, then the same with Đ typed as D (exact wins). */
function indexOf(table: Record<string, unknown>): Map<string, string> {
  const index = new Map<string, string>()
  for (const key of Object.keys(table)) index.set(key.toUpperCase(), key)
  for (const key of Object.keys(table)) {
    const typedWithD = key.toUpperCase().replace(/Đ/g, 'D')
    if (!index.has(typedWithD)) index.set(typedWithD, key)
  }
  return index
}

const indexes = new Map<object, Map<string, string>>()
/** The canonical abbreviation a typed one stands for in a table, if any ("qđi" → "QĐi"). */
function lookup(table: Record<string, unknown>, typed: string): string | undefined {
  if (!indexes.has(table)) indexes.set(table, indexOf(table))
  return indexes.get(table)!.get(typed.toUpperCase())
}

/** Issuers may carry a term number: "QH15", "UBTVQH14". */
function canonicalIssuer(typed: string, format: 'party' | 'state') {
  const [own, other] =
    format === 'party' ? [partyIssuers, stateIssuers] : [stateIssuers, partyIssuers]
  const [, base, term] = typed.match(/^(.*?)(\d*)$/u)!
  const key = lookup(own, base) ?? lookup(other, base)
  if (!key) return { abbr: typed.toUpperCase() }
  return { abbr: key + term, name: own[key] ?? other[key] }
}

function canonicalType(typed: string, table: Record<string, TypeEntry>) {
  const key = lookup(table, typed)
  return key ? { abbr: key, ...table[key] } : undefined
}

/** NFC, one kind of dash and slash, no "Số:", no spaces around separators. */
export function cleanDocumentCode(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u00D0\u0189]/g, 'Đ')
    .replace(/[\u00F0\u0256]/g, 'đ')
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
    .replace(/[\u2044\u2215\uFF0F]/g, '/')
    .trim()
    .replace(/^s[ốo]\s*[:.]?\s*(?=\d)/iu, '')
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/\s+/g, ' ')
}

const fail = (reason: string, normalized: string): UnreadableDocumentCode => ({
  ok: false,
  reason,
  normalized,
})

const SEGMENTS = '([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)'
const PARTY = new RegExp(`^(\\d{1,6})-(\\p{L}+)/${SEGMENTS}$`, 'u')
const STATE_WITH_YEAR = new RegExp(`^(\\d{1,6})/(\\d{4})/${SEGMENTS}$`, 'u')
const STATE = new RegExp(`^(\\d{1,6})/${SEGMENTS}$`, 'u')

export function parseDocumentCode(raw: string, now: Date = new Date()): DocumentCode {
  const code = cleanDocumentCode(raw)
  if (!code) return fail('Chưa nhập số, ký hiệu văn bản.', code)

  const party = code.match(PARTY)
  if (party) {
    const [, digits, typed, issuerPart] = party
    const [issuerTyped, ...rest] = issuerPart.split('-')
    const kind = canonicalType(typed, partyTypes)
    const issuer = canonicalIssuer(issuerTyped, 'party')
    const unit = rest.map((s) => canonicalIssuer(s, 'party').abbr).join('-') || undefined
    const normalized = `${digits}-${kind?.abbr ?? typed.toUpperCase()}/${[issuer.abbr, unit].filter(Boolean).join('-')}`
    if (!kind) return fail(`Không nhận ra loại văn bản “${typed}” (${EXAMPLES}).`, normalized)
    if (Number(digits) === 0) return fail('Số văn bản phải lớn hơn 0.', normalized)
    return {
      ok: true,
      format: 'party',
      number: Number(digits),
      typeAbbr: kind.abbr,
      type: kind.type,
      typeName: kind.name,
      issuerAbbr: issuer.abbr,
      ...(unit && { unitAbbr: unit }),
      ...(issuer.name && { issuerName: issuer.name }),
      normalized,
    }
  }

  const withYear = code.match(STATE_WITH_YEAR)
  const state = withYear ?? code.match(STATE)
  if (!state) return fail(`Số, ký hiệu văn bản không đúng mẫu (${EXAMPLES}).`, code.toUpperCase())

  const digits = state[1]
  const year = withYear ? Number(withYear[2]) : undefined
  const segments = (withYear ? withYear[3] : state[2]).split('-')
  const kind = canonicalType(segments[0], stateTypes)
  const [issuerTyped, ...rest] = kind ? segments.slice(1) : segments
  const issuer = issuerTyped ? canonicalIssuer(issuerTyped, 'state') : undefined
  const unit = rest.map((s) => canonicalIssuer(s, 'state').abbr).join('-') || undefined
  const tail = [kind?.abbr, issuer?.abbr, unit].filter(Boolean).join('-')
  const normalized = [digits, year, tail].filter((p) => p !== undefined).join('/')

  if (!issuer)
    return fail('Thiếu tên cơ quan ban hành sau loại văn bản (ví dụ QĐ-UBND).', normalized)
  if (year !== undefined && (year < 1945 || year > now.getFullYear() + 1))
    return fail(`Năm ban hành ${year} không hợp lệ.`, normalized)
  if (Number(digits) === 0) return fail('Số văn bản phải lớn hơn 0.', normalized)
  if (year !== undefined && !kind && segments.length > 1)
    return fail(`Không nhận ra loại văn bản “${segments[0]}” (${EXAMPLES}).`, normalized)

  // No type and no year is a công văn; no type with a year is a law or a resolution of
  // the National Assembly ("45/2019/QH14"), which the code alone cannot tell apart.
  const untyped =
    year === undefined
      ? { type: 'cong-van' as const, name: 'công văn' }
      : { type: 'khac' as const, name: 'văn bản' }
  return {
    ok: true,
    format: 'state',
    number: Number(digits),
    ...(year !== undefined && { year }),
    typeAbbr: kind?.abbr ?? '',
    type: kind?.type ?? untyped.type,
    typeName: kind?.name ?? untyped.name,
    issuerAbbr: issuer.abbr,
    ...(unit && { unitAbbr: unit }),
    ...(issuer.name && { issuerName: issuer.name }),
    normalized,
  }
}

/**
 * What to index beside the code so that people find it the way they ask for it:
 * "15-NQ/TU" → "15 NQ TU", "NQ 15", "nghị quyết 15", "nghị quyết số 15-NQ/TU"…
 * (Meilisearch folds tone marks itself, so "nghi quyet 15" matches "nghị quyết 15").
 */
export function searchVariants(raw: string): string[] {
  const code = parseDocumentCode(raw)
  if (!code.ok) return code.normalized ? [code.normalized] : []
  const { normalized, typeAbbr, typeName } = code
  const numbers = [...new Set([String(code.number), normalized.match(/^\d+/)![0]])]
  const out = [normalized, normalized.replace(/[-/]/g, ' ')]
  if (code.year) out.push(`${normalized.match(/^\d+/)![0]}/${code.year}`)
  for (const n of numbers) {
    if (typeAbbr) out.push(`${typeAbbr} ${n}`, `${n} ${typeAbbr}`)
    out.push(`${typeName} ${n}`, `${typeName} số ${n}`)
  }
  out.push(`${typeName} số ${normalized}`)
  const folded = out.map((v) => foldVietnamese(v))
  return [...new Set([...out, ...folded])]
}
