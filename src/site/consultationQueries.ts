import { consultationPhase, type ConsultationPhase } from '../consultations/consultationPhase'
import type { Consultation } from '../payload-types'
import { getDocumentBySlug, type PublicDocument } from './documentQueries'
import { getPayloadClient } from './getPayloadClient'
import type { QuerySite } from './queries'

export type PublicConsultation = Consultation & { phase: ConsultationPhase }

const ORDER: Record<ConsultationPhase, number> = { open: 0, upcoming: 1, closed: 2 }

/**
 * The site's published consultations (the public's read access), open ones first by deadline,
 * then those still to open, then closed ones, most recent first.
 */
export async function getConsultations(site: QuerySite): Promise<PublicConsultation[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'consultations',
    overrideAccess: false,
    where: { site: { equals: site.id } },
    sort: '-closesAt',
    limit: 200,
    depth: 0,
    select: { title: true, slug: true, opensAt: true, closesAt: true, updatedAt: true },
  })
  const now = new Date()
  return (docs as Consultation[])
    .map((c) => ({ ...c, phase: consultationPhase(c, now) }))
    .sort(
      (a, b) =>
        ORDER[a.phase] - ORDER[b.phase] ||
        (a.phase === 'open' ? a.closesAt.localeCompare(b.closesAt) : 0),
    )
}

/** One published consultation and, when it links a public document, that document and its files. */
export async function getConsultationBySlug(
  site: QuerySite,
  slug: string,
): Promise<{ consultation: PublicConsultation; document: PublicDocument | null } | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'consultations',
    overrideAccess: false,
    where: { and: [{ site: { equals: site.id } }, { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
    populate: { documents: { slug: true } },
  })
  const found = docs[0] as Consultation | undefined
  if (!found) return null
  const linked = typeof found.document === 'object' ? found.document : null
  const document = linked?.slug ? await getDocumentBySlug(site, linked.slug) : null
  return { consultation: { ...found, phase: consultationPhase(found) }, document }
}
