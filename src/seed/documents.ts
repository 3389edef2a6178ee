import { createLocalReq, type Payload } from 'payload'

import { slugify } from '../lib/vietnamese'
import { transitionWorkflow } from '../workflow/transitionWorkflow'
import type { WorkflowState } from '../workflow/states'
import { makeDemoPdf } from './demoPdf'
import { seedDocuments } from './documentContent'

type Actor = { id: number; collection: 'users' }
const pathTo: Record<'draft' | 'in_review' | 'published', WorkflowState[]> = {
  draft: [],
  in_review: ['in_review'],
  published: ['in_review', 'published'],
}
/** Midnight in Hà Nội: a date-only field as the admin's date picker stores it. */
const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`).toISOString()

/**
 * The demo documents of the main site, each with a small generated PDF, through the real
 * workflow (a reporter submits, the chief publishes). Idempotent: a code already on the site is
 * skipped. Returns how many were created.
 */
export async function seedDemoDocuments(
  payload: Payload,
  args: { site: number; reporter: Actor; chief: Actor },
): Promise<number> {
  let created = 0
  const byCode: Record<string, number> = {}
  for (const seed of seedDocuments) {
    const found = await payload.find({
      collection: 'documents',
      where: { and: [{ code: { equals: seed.code } }, { site: { equals: args.site } }] },
      draft: true,
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) {
      byCode[seed.code] = found.docs[0].id
      continue
    }
    const pdf = await makeDemoPdf(seed.pages, `${seed.code} ${seed.title}`)
    const file = await payload.create({
      collection: 'document-files',
      data: { site: args.site, title: `Toàn văn ${seed.code}` },
      file: {
        data: Buffer.from(pdf),
        mimetype: 'application/pdf',
        name: `${slugify(seed.code)}.pdf`,
        size: pdf.length,
      },
    })
    const doc = await payload.create({
      collection: 'documents',
      user: args.reporter,
      overrideAccess: false,
      draft: true,
      data: {
        site: args.site,
        code: seed.code,
        ...(seed.type && { type: seed.type }),
        title: seed.title,
        signer: seed.signer,
        issuedAt: day(seed.issuedAt),
        ...(seed.effectiveAt && { effectiveAt: day(seed.effectiveAt) }),
        ...(seed.expiresAt && { expiresAt: day(seed.expiresAt) }),
        field: seed.field,
        secrecy: seed.secrecy ?? 'thuong',
        scope: seed.scope ?? 'public',
        files: [file.id],
        ...(seed.replaces && byCode[seed.replaces] && { replaces: [byCode[seed.replaces]] }),
        _status: 'draft',
      },
    })
    byCode[seed.code] = doc.id
    for (const to of pathTo[seed.state]) {
      const actor = to === 'in_review' ? args.reporter : args.chief
      const req = await createLocalReq({ user: actor as never }, payload)
      // Published the day after it was issued, so "Văn bản mới" and RSS read in a natural order.
      const publishedAt = new Date(Date.parse(day(seed.issuedAt)) + 33 * 3_600_000).toISOString()
      await transitionWorkflow('documents', {
        req,
        id: doc.id,
        to,
        publishedAt: to === 'published' ? publishedAt : undefined,
      })
    }
    created++
  }
  return created
}
