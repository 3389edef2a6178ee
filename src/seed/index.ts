import { createLocalReq, type Payload } from 'payload'

import { paragraphsToLexical } from '../lib/lexical'
import { slugify } from '../lib/vietnamese'
import { transitionArticle } from '../workflow/transitionArticle'
import type { WorkflowState } from '../workflow/states'
import { seedArticles, seedCategories, seedSiteSettings, type SeedArticle } from './content'
import { drawCoverImage } from './coverImage'
import { demoAccounts } from './demoAccounts'

export type SeedReport = { users: number; categories: number; articles: number }

/** The path to each target state from a fresh draft. */
const pathTo: Record<'draft' | 'in_review' | 'published', WorkflowState[]> = {
  draft: [],
  in_review: ['in_review'],
  published: ['in_review', 'published'],
}

/**
 * Seeds the demo accounts, categories, site settings and Vietnamese demo articles. Idempotent:
 * anything already there (matched by email or slug) is left untouched, so a second run changes
 * nothing. Articles go through the real editorial workflow: a reporter writes, the chief publishes.
 */
export async function seedDemo(payload: Payload, opts: { password: string }): Promise<SeedReport> {
  const report: SeedReport = { users: 0, categories: 0, articles: 0 }
  const users: Record<string, { id: number; roles: string[] }> = {}
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

  const categoryIds: Record<string, number> = {}
  for (const category of seedCategories) {
    const found = await payload.find({
      collection: 'categories',
      where: { slug: { equals: category.slug } },
      limit: 1,
    })
    const { parent, ...fields } = category
    const doc =
      found.docs[0] ??
      (report.categories++,
      await payload.create({
        collection: 'categories',
        data: { ...fields, parent: parent ? categoryIds[parent] : undefined },
      }))
    categoryIds[category.slug] = doc.id
  }

  const settings = await payload.findGlobal({ slug: 'site-settings' })
  if (!settings.partyCommittee) {
    await payload.updateGlobal({ slug: 'site-settings', data: seedSiteSettings })
  }

  const reporter = { ...users['reporter@example.org'], collection: 'users' as const }
  const chief = { ...users['chief@example.org'], collection: 'users' as const }
  for (const [index, article] of seedArticles.entries()) {
    const slug = slugify(article.title)
    const exists = await payload.count({
      collection: 'articles',
      where: { slug: { equals: slug } },
    })
    if (exists.totalDocs) continue
    await seedArticle(payload, {
      article,
      slug,
      index,
      reporter,
      chief,
      categoryId: categoryIds[article.category],
    })
    report.articles++
  }
  return report
}

async function seedArticle(
  payload: Payload,
  args: {
    article: SeedArticle
    slug: string
    index: number
    reporter: { id: number; roles: string[]; collection: 'users' }
    chief: { id: number; roles: string[]; collection: 'users' }
    categoryId: number
  },
) {
  const { article, slug, index, reporter, chief } = args
  const image = await drawCoverImage(article.image.hue, index + 1)
  const cover = await payload.create({
    collection: 'media',
    data: { alt: article.image.alt, caption: article.image.caption, credit: article.image.credit },
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
  for (const to of pathTo[article.state as keyof typeof pathTo]) {
    const actor = to === 'in_review' ? reporter : chief
    const req = await createLocalReq({ user: actor as never }, payload)
    await transitionArticle({
      req,
      id: doc.id,
      to,
      publishedAt: to === 'published' ? publishedAt : undefined,
    })
  }
}
