import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../sites/siteRoles'
import { createNotification } from './createNotification'
import { transitionNotices } from './transitionNotices'

/**
 * On `article-transitions`, which records every move of the workflow (transition endpoint,
 * scheduled publishing, direct unpublish): notifies the people concerned, in the transition's
 * own transaction, so a transition that rolls back notifies nobody.
 */
export const notifyTransition: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context.quiet) return doc
  const articleId = idOf(doc.article)
  if (articleId === null) return doc
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { title: true, site: true, createdBy: true, submittedBy: true },
    req,
  })
  if (!article) return doc
  for (const notice of await transitionNotices(req, doc, article))
    await createNotification(req, notice)
  return doc
}
