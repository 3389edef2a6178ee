import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from './recordAudit'

type Transition = { from?: string | null; to: string; correction?: boolean | null }

/** publish, unpublish, or nothing; a correction's own moves leave the live item public. */
function publicationAction(t: Transition): 'publish' | 'unpublish' | null {
  if (t.correction) return t.to === 'published' ? 'publish' : null
  if (t.to === 'published' && t.from !== 'published') return 'publish'
  if (t.from === 'published' && t.to !== 'published') return 'unpublish'
  return null
}

/**
 * Every workflow transition row (article-, document-, page-transitions) that makes an item
 * public or takes it down; written with the transition, in its transaction.
 */
export function auditPublications(on: string, collection: string): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    const action = operation === 'create' ? publicationAction(doc) : null
    const item = typeof doc[on] === 'object' && doc[on] ? doc[on].id : doc[on]
    if (action) await recordAudit(req, { action, target: `${collection}:${item}` })
    return doc
  }
}
