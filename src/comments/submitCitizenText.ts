import type { PayloadRequest } from 'payload'

import { hashAddress } from '../visitors/clientAddress'
import { consume, type RateLimit } from '../visitors/rateLimits'
import { moderationWordLists } from './moderationWordLists'
import { screenComment, type Screened } from './screenComment'
import type { CitizenText } from './validateCitizenText'

/** `status` of a success is the text's (always "pending" to the sender); of a refusal, HTTP's. */
export type SubmitResult =
  | { ok: true; id: number; status: 'pending' }
  | { ok: false; status: 400 | 429; message: string; retryAfter?: number }

/** One kind of citizen's text (comment, feedback on a draft, question): its limits and its steps. */
export type CitizenTextKind<I extends CitizenText> = {
  perAddress: RateLimit
  perTarget: RateLimit
  validate: (body: unknown) => { error: string } | { input: I }
  /** The key of the per-target limit (the article, the consultation, the site). */
  targetKey: (input: I) => string
  /** Null when the text may go on, else the Vietnamese refusal. */
  checkTarget: (req: PayloadRequest, input: I) => Promise<string | null>
  /** Stores it; null when the same text came from the same address within the hour. */
  insert: (
    req: PayloadRequest,
    input: I,
    ipHash: string,
    status: 'pending' | 'spam',
    screened: Screened,
  ) => Promise<number | null>
  duplicate: string
}

/**
 * A citizen's text through the moderation pipeline; each step a reason people can read: rate limit
 * per address hash, shape, rate limit per target, the target must accept it, a filled honeypot
 * is kept as spam and answered like any other, banned words refuse, suspect words and links flag,
 * the same text from the same address within an hour is refused. Transport-free: the HTTP
 * adapters are the collections' endpoints. The raw address is only hashed, never stored.
 */
export async function submitCitizenText<I extends CitizenText>(
  kind: CitizenTextKind<I>,
  args: { req: PayloadRequest; body: unknown; address: string },
): Promise<SubmitResult> {
  const { req, body } = args
  const ipHash = hashAddress(args.address)
  const byAddress = await consume(req.payload, kind.perAddress, ipHash)
  if (!byAddress.ok) return byAddress

  const checked = kind.validate(body)
  if ('error' in checked) return refuse(checked.error)
  const { input } = checked
  const byTarget = await consume(req.payload, kind.perTarget, kind.targetKey(input))
  if (!byTarget.ok) return byTarget

  const refusal = await kind.checkTarget(req, input)
  if (refusal) return refuse(refusal)

  // A robot caught by the honeypot gets the same answer as a person; spam is always stored
  // (never a duplicate), so the id is there.
  if (input.honeypot) return accepted((await kind.insert(req, input, ipHash, 'spam', HONEYPOT))!)

  const screening = screenComment(input.content, await moderationWordLists(req.payload))
  if (screening.refuse) return refuse(screening.refuse)

  const { flags, matched } = screening
  const id = await kind.insert(req, input, ipHash, 'pending', { flags, matched })
  return id === null ? refuse(kind.duplicate) : accepted(id)
}

const HONEYPOT: Screened = { flags: ['honeypot'], matched: [] }
const refuse = (message: string) => ({ ok: false, status: 400, message }) as const
const accepted = (id: number) => ({ ok: true, id, status: 'pending' }) as const
