import { createLocalReq, type Payload } from 'payload'

import { NO_ARTICLE_AUDIO } from '../audio/queueArticleAudio'
import { paragraphsToLexical } from '../lib/lexical'
import { slugify } from '../lib/vietnamese'
import { transitionArticle } from '../workflow/transitionArticle'
import type { WorkflowState } from '../workflow/states'
import { findMainSite } from '../sites/mainSite'
import {
  MAIN_SITE,
  seedArticles,
  seedCategories,
  seedSiteSettings,
  type SeedArticle,
} from './content'
import { drawCoverImage } from './coverImage'
import { demoAccounts } from './demoAccounts'
import { seedDemoDocuments } from './documents'
import { seedConsultationsAndQuestions, type LawReport } from './consultationsQuestions'
import { seedPagesAndContacts, type PagesReport } from './seedPages'

export type SeedReport = {
  users: number
  categories: number
  articles: number
  documents: number
} & PagesReport &
  LawReport

/** The path to each target state from a fresh draft. */
const pathTo: Record<'draft' | 'in_review' | 'published', WorkflowState[]> = {
  draft: [],
  in_review: ['in_review'],
  published: ['in_review', 'published'],
}

/**
 * Seeds the demo accounts, categories, site settings, Vietnamese demo articles and documents. Idempotent:
 * anything already there (matched by email or slug) is left untouched, so a second run changes
 * nothing. Articles go through the real editorial workflow: a reporter writes, the chief publishes.
 */
export async function seedDemo(payload: Payload, opts: { password: string }): Promise<SeedReport> {
  const report: SeedReport = {
    users: 0,
    categories: 0,
    articles: 0,
    documents: 0,
    pages: 0,
    leaders: 0,
    links: 0,
    consultations: 0,
    questions: 0,
  }
  const users: Record<string, { id: number; roles?: string[] | null }> = {}
  for (const account of demoAccounts) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
    })
    users[account.email] =
      found.docs[0] ??
      (report.users++,
      await payload.create({ collection: 'users', data: { ...account, password: opts.password } }))
  }

  const site = await seedMainSite(payload)
  const onMainSite = { site: { equals: site } }

  const categoryIds: Record<string, number> = {}
  for (const category of seedCategories) {
    const found = await payload.find({
      collection: 'categories',
      where: { and: [{ slug: { equals: category.slug } }, onMainSite] },
      limit: 1,
    })
    const { parent, ...fields } = category
    const doc =
      found.docs[0] ??
      (report.categories++,
      await payload.create({
        collection: 'categories',
        data: { ...fields, site, parent: parent ? categoryIds[parent] : undefined },
      }))
    categoryIds[category.slug] = doc.id
  }

  const reporter = { ...users['reporter@example.org'], collection: 'users' as const }
  const chief = { ...users['chief@example.org'], collection: 'users' as const }
  for (const [index, article] of seedArticles.entries()) {
    const slug = slugify(article.title)
    const exists = await payload.count({
      collection: 'articles',
      where: { and: [{ slug: { equals: slug } }, onMainSite] },
    })
    if (exists.totalDocs) continue
    await seedArticle(payload, {
      article,
      slug,
      index,
      reporter,
      chief,
      site,
      categoryId: categoryIds[article.category],
    })
    report.articles++
  }
  report.documents = await seedDemoDocuments(payload, { site, reporter, chief })
  const editor = { ...users['editor@example.org'], collection: 'users' as const }
  Object.assign(report, await seedPagesAndContacts(payload, { site, editor, chief }))
  Object.assign(report, await seedConsultationsAndQuestions(payload, site))
  return report
}

/** The province's site (the main one), with its name and footer; created on the first seed. */
async function seedMainSite(payload: Payload): Promise<number> {
  const main = await findMainSite(payload)
  if (!main)
    return (
      await payload.create({
        collection: 'sites',
        data: { name: MAIN_SITE.name, slug: MAIN_SITE.slug, settings: seedSiteSettings },
      })
    ).id
  // The main site the schema migration made on an empty database gets the demo's name too.
  if (!main.settings?.partyCommittee)
    await payload.update({
      collection: 'sites',
      id: main.id,
      data: { name: MAIN_SITE.name, slug: MAIN_SITE.slug, settings: seedSiteSettings },
    })
  return main.id
}

async function seedArticle(
  payload: Payload,
  args: {
    article: SeedArticle
    slug: string
    index: number
    reporter: { id: number; collection: 'users' }
    chief: { id: number; collection: 'users' }
    site: number
    categoryId: number
  },
) {
  const { article, slug, index, reporter, chief } = args
  const image = await drawCoverImage(article.image.hue, index + 1)
  const cover = await payload.create({
    collection: 'media',
    data: {
      site: args.site,
      alt: article.image.alt,
      caption: article.image.caption,
      credit: article.image.credit,
    },
    file: { data: image, mimetype: 'image/jpeg', name: `${slug}.jpg`, size: image.length },
  })
  const doc = await payload.create({
    collection: 'articles',
    user: reporter as never,
    overrideAccess: false,
    draft: true,
    data: {
      title: article.title,
      slug,
      summary: article.summary,
      content: paragraphsToLexical(article.paragraphs, article.subheadings) as never,
      site: args.site,
      category: args.categoryId,
      tags: article.tags,
      byline: article.byline,
      source: article.source,
      featured: article.featured ?? false,
      cover: cover.id,
      _status: 'draft',
    },
  })
  const publishedAt = new Date(Date.now() - article.hoursAgo * 3_600_000).toISOString()
  // Only the featured articles are read aloud (TTS_PROVIDER): a first start does not spend minutes
  // of CPU on audio for every demo article.
  const context = article.featured ? {} : { [NO_ARTICLE_AUDIO]: true }
  for (const to of pathTo[article.state as keyof typeof pathTo]) {
    const actor = to === 'in_review' ? reporter : chief
    const req = await createLocalReq({ user: actor as never, context }, payload)
    // The demo history notifies nobody: no mail to the demo accounts on a first start.
    req.context.quiet = true
    await transitionArticle({
      req,
      id: doc.id,
      to,
      publishedAt: to === 'published' ? publishedAt : undefined,
    })
  }
}
