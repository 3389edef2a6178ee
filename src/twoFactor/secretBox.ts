import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * TOTP secrets are stored encrypted (AES-256-GCM, key derived from PAYLOAD_SECRET): a database
 * dump or backup alone does not give anyone the staff's second factor.
 */
const key = () =>
  createHash('sha256')
    .update(`two-factor:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest()

export function sealSecret(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url')).join('.')
}

export function openSecret(sealed: string): string | null {
  try {
    const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
    const decipher = createDecipheriv('aes-256-gcm', key(), iv)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
