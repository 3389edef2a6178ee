import type { PayloadRequest } from 'payload'

import type { Screened } from './screenComment'
import type { CitizenText } from './validateCitizenText'

/**
 * Stores feedback or a question with Payload's own create (server side, access overridden: the
 * pipeline has checked everything), unless the same text came from the same address within the
 * hour (spam is always kept): then null. Comments keep their faster SQL insert (insertComment.ts).
 */
export async function insertCitizenText(
  req: PayloadRequest,
  collection: 'consultation-feedback' | 'questions',
  input: CitizenText,
  opts: { ipHash: string; status: 'pending' | 'spam'; screened: Screened; data: object },
): Promise<number | null> {
  if (opts.status !== 'spam') {
    const { totalDocs } = await req.payload.count({
      collection,
      overrideAccess: true,
      req,
      where: {
        and: [
          { ipHash: { equals: opts.ipHash } },
          { content: { equals: input.content } },
          { createdAt: { greater_than: new Date(Date.now() - 3_600_000).toISOString() } },
        ],
      },
    })
    if (totalDocs) return null
  }
  // Without the citizen's request: a server-side write (the site is the target's, not one the
  // sender holds a role on, which the sites plugin would check), committed on its own.
  const doc = await req.payload.create({
    collection,
    overrideAccess: true,
    depth: 0,
    data: {
      authorName: input.authorName,
      authorEmail: input.authorEmail,
      content: input.content,
      status: opts.status,
      flags: opts.screened.flags,
      matchedWords: opts.screened.matched,
      ipHash: opts.ipHash,
      ...opts.data,
    } as never,
  })
  return doc.id as number
}
