import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { revalidateSite } from './revalidateSite'

type Ref = number | { id: number } | null | undefined
type Sited = { site?: Ref; alsoOn?: Ref[] | null } | null | undefined

const idOf = (ref: Ref) => (typeof ref === 'object' && ref ? ref.id : ref)

/** The sites a document shows on: its own, and for articles the sites of `alsoOn`. */
const sitesOf = (doc: Sited): number[] =>
  [doc?.site, ...(doc?.alsoOn ?? [])].map(idOf).filter((id): id is number => typeof id === 'number')

/** The slugs of these site ids, read in the request's transaction. */
export async function siteSlugs(req: PayloadRequest, ids: number[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (!unique.length) return []
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: unique } },
    limit: unique.length,
    depth: 0,
    req,
    overrideAccess: true,
    select: { slug: true },
  })
  return docs.map((s) => s.slug)
}

/** Refreshes the pages of the sites a document showed on before and shows on after a change. */
export async function revalidateDocSites(req: PayloadRequest, ...docs: Sited[]) {
  revalidateSite(await siteSlugs(req, docs.flatMap(sitesOf)))
}

/** Categories, banners, media: the pages of their site. */
export const revalidateSiteAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await revalidateDocSites(req, doc, previousDoc)
  return doc
}

export const revalidateSiteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidateDocSites(req, doc)
  return doc
}

export const revalidateSiteAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  revalidateSite()
  return doc
}

/**
 * Media: its site's pages, and the sites its site's articles are shared to when one of them has it
 * as cover (a shared article shows the origin's image on the other sites too).
 */
export const revalidateMedia: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const { docs: covering } = await req.payload.find({
    collection: 'articles',
    where: { cover: { equals: doc.id } },
    limit: 100,
    depth: 0,
    req,
    overrideAccess: true,
    select: { site: true, alsoOn: true },
  })
  await revalidateDocSites(req, doc, previousDoc, ...covering)
  return doc
}

/**
 * Articles and documents: only changes that touch the live site (published now, or published
 * before), on their site and, for articles, every site they are or were shared to (alsoOn).
 */
export const revalidateArticle: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc?._status === 'published' || previousDoc?._status === 'published')
    await revalidateDocSites(req, doc, previousDoc)
  return doc
}

/** Pages ("Giới thiệu", "Liên hệ"): the same rule, on the page's site. */
export const revalidatePublished = revalidateArticle

/**
 * A site itself: its own pages. A new slug or domain also changes the URLs other sites link to
 * (shared articles link to their origin), so then every site is refreshed.
 */
export const revalidateSiteItself: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  const moved =
    previousDoc?.id !== undefined &&
    (previousDoc.slug !== doc.slug ||
      JSON.stringify(previousDoc.domains ?? []) !== JSON.stringify(doc.domains ?? []))
  revalidateSite(moved ? undefined : [doc.slug])
  return doc
}

export const revalidateSiteItselfAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  revalidateSite([doc.slug])
  return doc
}

/** Comments and ratings of an article: the pages of every site that shows it. */
export async function revalidateArticleSites(req: PayloadRequest, articleId: number) {
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { site: true, alsoOn: true },
  })
  if (article) await revalidateDocSites(req, article)
}
