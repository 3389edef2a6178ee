import type { Where } from 'payload'

import { documentTypes, type DocumentType } from './documentAbbreviations'

/** The filters of /van-ban, as the query string names them (DESIGN "Party documents"). */
export type DocumentFilters = {
  loai?: DocumentType
  coQuan?: string
  nam?: number
  linhVuc?: string
  hieuLuc?: 'con' | 'het'
  q?: string
  trang: number
}

type Raw = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.normalize('NFC').trim() ?? ''

/** Reads the query string; anything malformed is dropped (a public page never fails on it). */
export function parseDocumentFilters(raw: Raw, now = new Date()): DocumentFilters {
  const loai = one(raw.loai)
  const nam = Number(one(raw.nam))
  const hieuLuc = one(raw['hieu-luc'])
  const trang = Number(one(raw.trang))
  return {
    ...((documentTypes as readonly string[]).includes(loai) && { loai: loai as DocumentType }),
    ...(one(raw['co-quan']) && { coQuan: one(raw['co-quan']).slice(0, 200) }),
    ...(Number.isInteger(nam) && nam >= 1945 && nam <= now.getFullYear() + 1 && { nam }),
    ...(one(raw['linh-vuc']) && { linhVuc: one(raw['linh-vuc']).slice(0, 200) }),
    ...((hieuLuc === 'con' || hieuLuc === 'het') && { hieuLuc }),
    ...(one(raw.q) && { q: one(raw.q).slice(0, 200) }),
    trang: Number.isInteger(trang) && trang > 0 && trang < 10_000 ? trang : 1,
  }
}

/** A year as the Asia/Ho_Chi_Minh calendar has it, as a UTC range. */
const yearRange = (year: number) => ({
  greater_than_equal: new Date(Date.UTC(year, 0, 1) - 7 * 3600_000).toISOString(),
  less_than: new Date(Date.UTC(year + 1, 0, 1) - 7 * 3600_000).toISOString(),
})

/** Start of today in Hà Nội, as a UTC instant. */
export function startOfTodayVN(now = new Date()): string {
  const day = now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
  return new Date(`${day}T00:00:00+07:00`).toISOString()
}

/**
 * The filters as a Payload query on the site's documents. `replacedIds`: documents a published
 * document replaces ("Bị thay thế"), which count as no longer in force.
 */
export function documentFiltersWhere(
  f: DocumentFilters,
  replacedIds: number[],
  now = new Date(),
): Where[] {
  const where: Where[] = []
  if (f.loai) where.push({ type: { equals: f.loai } })
  if (f.coQuan) where.push({ issuer: { equals: f.coQuan } })
  if (f.linhVuc) where.push({ field: { equals: f.linhVuc } })
  if (f.nam) where.push({ issuedAt: yearRange(f.nam) })
  if (f.q) where.push({ or: [{ title: { like: f.q } }, { code: { like: f.q } }] })
  const today = startOfTodayVN(now)
  if (f.hieuLuc === 'con') {
    where.push({
      or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than_equal: today } }],
    })
    const tomorrow = new Date(Date.parse(today) + 86_400_000).toISOString()
    where.push({
      or: [{ effectiveAt: { exists: false } }, { effectiveAt: { less_than: tomorrow } }],
    })
    if (replacedIds.length) where.push({ id: { not_in: replacedIds } })
  }
  if (f.hieuLuc === 'het') {
    where.push({
      or: [
        { expiresAt: { less_than: today } },
        ...(replacedIds.length ? [{ id: { in: replacedIds } }] : []),
      ],
    })
  }
  return where
}

/** The query string of a filtered list (page 1 unless given), for links and the pager. */
export function documentListQuery(f: DocumentFilters, trang = 1): string {
  const params = new URLSearchParams()
  if (f.loai) params.set('loai', f.loai)
  if (f.coQuan) params.set('co-quan', f.coQuan)
  if (f.nam) params.set('nam', String(f.nam))
  if (f.linhVuc) params.set('linh-vuc', f.linhVuc)
  if (f.hieuLuc) params.set('hieu-luc', f.hieuLuc)
  if (f.q) params.set('q', f.q)
  if (trang > 1) params.set('trang', String(trang))
  const s = params.toString()
  return s ? `?${s}` : ''
}
