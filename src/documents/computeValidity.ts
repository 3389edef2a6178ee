/**
 * Tình trạng hiệu lực of a document, as the public page and the `hieu-luc` filter show it:
 * replaced by a published document → "Bị thay thế bởi …"; past its expiry → "Hết hiệu lực";
 * before its effective date → "Chưa có hiệu lực"; otherwise "Còn hiệu lực". Pure: dates in,
 * label out. Days are the calendar days of Asia/Ho_Chi_Minh (a document expiring on 31/12 is
 * still valid all that day).
 */
export type ValidityStatus = 'con' | 'het' | 'chua' | 'thay-the'

export type Validity = { status: ValidityStatus; label: string }

type Dated = {
  effectiveAt?: string | Date | null
  expiresAt?: string | Date | null
}

type Replacement = { code?: string | null; title?: string | null }

const dayKey = (value: string | Date) =>
  new Date(value).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })

export function computeValidity(
  doc: Dated,
  replacedBy: Replacement[] = [],
  now: Date = new Date(),
): Validity {
  if (replacedBy.length) {
    const names = replacedBy.map((r) => r.code || r.title || 'văn bản khác').join(', ')
    return { status: 'thay-the', label: `Bị thay thế bởi ${names}` }
  }
  const today = dayKey(now)
  if (doc.expiresAt && dayKey(doc.expiresAt) < today)
    return { status: 'het', label: 'Hết hiệu lực' }
  if (doc.effectiveAt && dayKey(doc.effectiveAt) > today)
    return { status: 'chua', label: 'Chưa có hiệu lực' }
  return { status: 'con', label: 'Còn hiệu lực' }
}

/** Whether a status counts as in force for the `hieu-luc=con|het` filter. */
export const isInForce = (status: ValidityStatus) => status === 'con'
