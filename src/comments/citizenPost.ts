import type { PayloadRequest } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { signNotice } from '../lib/signedNotice'
import type { SubmitResult } from './submitCitizenText'

const MAX_BODY_BYTES = 64 * 1024
const FORM = 'application/x-www-form-urlencoded'

/** A citizen's POST: JSON from scripts, or a plain HTML form (no JavaScript) that returns to `back`. */
export type CitizenPost = { body: unknown; back: string | null }

/**
 * Reads the body of a feedback or question POST. An HTML form sends `consent=on` and the page to
 * return to (`back`, which must match `backPattern`: never an open redirect); JSON is read as is.
 * A Response when the body cannot be read.
 */
export async function readCitizenPost(
  req: PayloadRequest,
  backPattern: RegExp,
): Promise<CitizenPost | Response> {
  const tooLong = () => errorResponse(413, 'Nội dung gửi lên quá dài.')
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLong()
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return tooLong()
  if ((req.headers.get('content-type') ?? '').startsWith(FORM)) {
    const form = Object.fromEntries(new URLSearchParams(text))
    const back = backPattern.test(form.back ?? '') ? form.back : null
    return { body: { ...form, consent: form.consent === 'on' || form.consent === 'true' }, back }
  }
  try {
    return { body: JSON.parse(text), back: null }
  } catch {
    return errorResponse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
  }
}

/**
 * 201 `{ doc: { id, status } }` or the refusal as JSON; for a form, a 303 back to its page with
 * `ket-qua=da-gui`, or `ket-qua=loi` and the signed message (src/lib/signedNotice.ts).
 */
export function answerCitizenPost(result: SubmitResult, post: CitizenPost): Response {
  if (post.back) {
    const query = result.ok
      ? 'ket-qua=da-gui'
      : `ket-qua=loi&thong-bao=${encodeURIComponent(result.message)}&ky=${signNotice(result.message)}`
    return new Response(null, { status: 303, headers: { Location: `${post.back}?${query}#gui` } })
  }
  if (!result.ok) {
    const retry = result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : undefined
    return errorResponse(result.status, result.message, retry)
  }
  return Response.json({ doc: { id: result.id, status: result.status } }, { status: 201 })
}
