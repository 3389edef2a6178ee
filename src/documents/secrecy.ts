import type { Where } from 'payload'

/**
 * The Party's rules forbid publishing secret or internal documents: a document is public only
 * when its secrecy is `thuong` (ordinary) and its scope `public`. One rule for every path that
 * publishes (transition, direct save, version restore, bulk edit, scheduled job) and for files.
 */
export const SECRECY = ['thuong', 'mat', 'toi-mat', 'tuyet-mat'] as const
export type Secrecy = (typeof SECRECY)[number]

export const secrecyLabels: Record<Secrecy, { vi: string; en: string }> = {
  thuong: { vi: 'Thường', en: 'Ordinary' },
  mat: { vi: 'Mật', en: 'Confidential' },
  'toi-mat': { vi: 'Tối mật', en: 'Secret' },
  'tuyet-mat': { vi: 'Tuyệt mật', en: 'Top secret' },
}

export const SCOPES = ['public', 'internal'] as const
export type Scope = (typeof SCOPES)[number]

export const scopeLabels: Record<Scope, { vi: string; en: string }> = {
  public: { vi: 'Công khai', en: 'Public' },
  internal: { vi: 'Nội bộ', en: 'Internal' },
}

type Classified = { secrecy?: string | null; scope?: string | null }

/** Why this document may never be public (a Vietnamese sentence), or null when it may. */
export function publishingRefusal(doc: Classified): string | null {
  const secrecy = (doc.secrecy ?? 'thuong') as Secrecy
  if (secrecy !== 'thuong') {
    const label = secrecyLabels[secrecy]?.vi ?? secrecy
    return `Không được xuất bản văn bản có độ mật "${label}": văn bản mật chỉ lưu hành nội bộ.`
  }
  if (doc.scope === 'internal')
    return 'Không được xuất bản văn bản "Nội bộ": chỉ văn bản công khai mới được đăng lên cổng.'
  return null
}

/** The query that matches only documents that may be public (reads of the public, file checks). */
export const publicDocumentWhere: Where = {
  and: [
    { _status: { equals: 'published' } },
    { secrecy: { equals: 'thuong' } },
    { scope: { equals: 'public' } },
  ],
}
