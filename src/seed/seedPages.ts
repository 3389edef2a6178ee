import { createLocalReq, type Payload } from 'payload'

import { paragraphsToLexical } from '../lib/lexical'
import { transitionWorkflow } from '../workflow/transitionWorkflow'
import { seedLeaders, seedLinks, seedPages } from './pageContent'

type Actor = { id: number; collection: 'users' }
export type PagesReport = { pages: number; leaders: number; links: number }

/**
 * The main site's "Giới thiệu"/"Liên hệ" pages (Vietnamese, then English, then published through
 * the workflow: an editor submits, the chief publishes), its leaders and its website links.
 * Idempotent: a page, leader or link already there (slug, name, url on the site) is left alone.
 */
export async function seedPagesAndContacts(
  payload: Payload,
  args: { site: number; editor: Actor; chief: Actor },
): Promise<PagesReport> {
  const { site } = args
  const report: PagesReport = { pages: 0, leaders: 0, links: 0 }
  const onSite = { site: { equals: site } }
  const exists = async (collection: 'pages' | 'leaders' | 'links', field: string, value: string) =>
    (await payload.count({ collection, where: { and: [onSite, { [field]: { equals: value } }] } }))
      .totalDocs > 0

  for (const page of seedPages) {
    if (await exists('pages', 'slug', page.slug)) continue
    const doc = await payload.create({
      collection: 'pages',
      locale: 'vi',
      draft: true,
      data: {
        title: page.vi.title,
        content: paragraphsToLexical(page.vi.paragraphs) as never,
        slug: page.slug,
        order: page.order,
        site,
        _status: 'draft',
      },
    })
    await payload.update({
      collection: 'pages',
      id: doc.id,
      locale: 'en',
      data: { title: page.en.title, content: paragraphsToLexical(page.en.paragraphs) as never },
    })
    for (const [to, actor] of [
      ['in_review', args.editor],
      ['published', args.chief],
    ] as const) {
      const req = await createLocalReq({ user: actor as never }, payload)
      await transitionWorkflow('pages', { req, id: doc.id, to })
    }
    report.pages++
  }

  for (const leader of seedLeaders) {
    if (await exists('leaders', 'name', leader.name)) continue
    const { position, unit, ...rest } = leader
    const doc = await payload.create({
      collection: 'leaders',
      locale: 'vi',
      data: { ...rest, position: position.vi, unit: unit.vi, site },
    })
    await payload.update({
      collection: 'leaders',
      id: doc.id,
      locale: 'en',
      data: { position: position.en, unit: unit.en },
    })
    report.leaders++
  }

  for (const link of seedLinks) {
    if (await exists('links', 'url', link.url)) continue
    const doc = await payload.create({
      collection: 'links',
      locale: 'vi',
      data: { title: link.title.vi, url: link.url, order: link.order, site },
    })
    await payload.update({
      collection: 'links',
      id: doc.id,
      locale: 'en',
      data: { title: link.title.en },
    })
    report.links++
  }
  return report
}
