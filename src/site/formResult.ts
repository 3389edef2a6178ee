import { verifyNotice } from '../lib/signedNotice'

/** What a plain form post came back with (src/comments/citizenPost.ts): sent, or a signed refusal. */
export type FormResult = { sent: boolean; error: string | null }

export function formResult(params: Record<string, string | string[] | undefined>): FormResult {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const message = one(params['thong-bao'])
  return {
    sent: one(params['ket-qua']) === 'da-gui',
    // Only words the portal itself signed are shown: a crafted link shows nothing.
    error:
      one(params['ket-qua']) === 'loi' && verifyNotice(message, one(params.ky)) ? message : null,
  }
}
