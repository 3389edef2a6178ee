import { createHash, randomInt } from 'node:crypto'

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789' // no 0/o, 1/l/i: read off paper without doubt
export const RECOVERY_CODE_COUNT = 10

const normalise = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '')
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256').update(normalise(code)).digest('hex')

/** Ten single-use codes like `k7qm-x2pa`, shown once; only their hashes are kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)])
    return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
  })
  return { codes, hashes: codes.map(hashRecoveryCode) }
}

/** The hashes left after using `code`, or null when it is not one of them. */
export function spendRecoveryCode(hashes: string[], code: string): string[] | null {
  if (normalise(code).length !== 8) return null
  const hash = hashRecoveryCode(code)
  return hashes.includes(hash) ? hashes.filter((h) => h !== hash) : null
}
