import { searchVariants } from '../../documents/parseDocumentCode'
import { slugify } from '../../lib/vietnamese'
import type { Document, DocumentFile, Site } from '../../payload-types'
import { idOf } from '../../sites/siteRoles'
import { encodeTones } from '../encodeTones'

export type DocumentSearchDocument = {
  id: number
  slug: string
  code: string
  /** "15 NQ TU", "NQ 15", "nghị quyết 15", "nghị quyết số 15-NQ/TU" …: how people ask for it. */
  codeVariants: string[]
  title: string
  titleTone: string
  type: string
  issuer: string
  issuerSlug: string
  signer: string
  field: string
  fieldSlug: string
  /** Text of its PDFs (extracted at upload), capped. */
  text: string
  pageCount: number
  /** Unix seconds; year in Vietnam. */
  issuedAt: number
  year: number
  effectiveAt: number | null
  expiresAt: number | null
  /** A published public document replaces it. */
  replaced: boolean
  site: number
  siteSlug: string
  siteParent: number | null
}

/** Meilisearch reads positions up to 65,535 words per attribute; a long PDF is cut before. */
export const MAX_TEXT_CHARS = 300_000
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g
const clean = (text: string | null | undefined) =>
  (text ?? '').normalize('NFC').replace(CONTROL, '').trim()
const seconds = (date: string | null | undefined) =>
  date ? Math.floor(new Date(date).getTime() / 1000) : null
const yearInVietnam = (date: string) =>
  Number(new Date(date).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4))

/** The search document of a public document; `files` and `site` populated, `replaced` known. */
export function toDocumentSearchDocument(
  doc: Document,
  files: DocumentFile[],
  replaced: boolean,
): DocumentSearchDocument {
  const site = typeof doc.site === 'object' ? (doc.site as Site) : null
  const title = clean(doc.title)
  const issuer = clean(doc.issuer)
  const field = clean(doc.field)
  const text = files
    .map((f) => clean(f.text))
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_TEXT_CHARS)
  return {
    id: Number(doc.id),
    slug: doc.slug ?? String(doc.id),
    code: clean(doc.code),
    codeVariants: searchVariants(clean(doc.code)),
    title,
    titleTone: encodeTones(title),
    type: doc.type ?? 'khac',
    issuer,
    issuerSlug: slugify(issuer),
    signer: clean(doc.signer),
    field,
    fieldSlug: slugify(field),
    text,
    pageCount: files.reduce((sum, f) => sum + (f.pageCount ?? 0), 0),
    issuedAt: seconds(doc.issuedAt) ?? 0,
    year: doc.issuedAt ? yearInVietnam(doc.issuedAt) : 0,
    effectiveAt: seconds(doc.effectiveAt),
    expiresAt: seconds(doc.expiresAt),
    replaced,
    site: idOf(doc.site) ?? 0,
    siteSlug: site?.slug ?? '',
    siteParent: site ? idOf(site.parent) : null,
  }
}
