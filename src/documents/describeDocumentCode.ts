import { parseDocumentCode } from './parseDocumentCode'
import type { DocumentType } from './documentAbbreviations'

export type CodeParts = {
  readable: boolean
  number: number | null
  year: number | null
  typeAbbr: string | null
  issuerAbbr: string | null
  /** Why the code could not be read (shown to the editor), '' when it could. */
  problem: string
}

/**
 * What a document's code says, ready to store: the canonical spelling of a readable code (the
 * code as typed otherwise: kept, never refused), its parts, and the type and issuer it suggests.
 */
export function describeDocumentCode(
  raw: string,
  now = new Date(),
): { code: string; parts: CodeParts; type?: DocumentType; issuer?: string } {
  const parsed = parseDocumentCode(raw, now)
  if (!parsed.ok) {
    return {
      code: raw.normalize('NFC').trim(),
      parts: {
        readable: false,
        number: null,
        year: null,
        typeAbbr: null,
        issuerAbbr: null,
        problem: parsed.reason,
      },
    }
  }
  return {
    code: parsed.normalized,
    parts: {
      readable: true,
      number: parsed.number,
      year: parsed.year ?? null,
      typeAbbr: parsed.typeAbbr || null,
      issuerAbbr: parsed.issuerAbbr,
      problem: '',
    },
    type: parsed.type,
    issuer: parsed.issuerName,
  }
}
