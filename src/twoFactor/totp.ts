import { Secret, TOTP } from 'otpauth'

/** Six digits every 30 s (RFC 6238): what Google Authenticator, Authy and the rest expect. */
const totpFor = (secret: string, account = '', issuer = '') =>
  new TOTP({ secret: Secret.fromBase32(secret), label: account, issuer, digits: 6, period: 30 })

/** A new random 160-bit secret, in the base32 an authenticator app accepts typed in. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The `otpauth://` URL the QR code carries. */
export const totpUrl = (secret: string, account: string, issuer: string): string =>
  totpFor(secret, account, issuer).toString()

/**
 * The 30-second step a valid code belongs to (so each code is accepted once), or null. The code
 * before or after the current one is valid too: a phone's clock a little off.
 */
export function totpStepOf(secret: string, code: string): number | null {
  const digits = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(digits)) return null
  const delta = totpFor(secret).validate({ token: digits, window: 1 })
  return delta === null ? null : Math.floor(Date.now() / 30_000) + delta
}

/** The current code (tests, and a console for support staff). */
export const currentTotp = (secret: string): string => totpFor(secret).generate()
