import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from './recordAudit'

/**
 * Every workflow transition row (article-, document-, page-transitions) that makes an item
 * public or takes it down; written with the transition, in its transaction.
 */
export function auditPublications(on: string, collection: string): CollectionAfterChangeHook {
  return async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    const action =
      doc.to === 'published' && doc.from !== 'published'
        ? 'publish'
        : doc.from === 'published' && doc.to !== 'published'
          ? 'unpublish'
          : null
    const item = typeof doc[on] === 'object' && doc[on] ? doc[on].id : doc[on]
    if (action) await recordAudit(req, { action, target: `${collection}:${item}` })
    return doc
  }
}
