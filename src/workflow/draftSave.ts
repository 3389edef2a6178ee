import type { CollectionBeforeOperationHook, CollectionSlug, RequestContext } from 'payload'

const DRAFT_SAVE = 'workflowDraftSave'
const RESTORE = 'workflowRestore'

/**
 * Remembers whether the current update or version restore saves a draft version only
 * (`?draft=true`), and whether it is a restore: hooks see the data, not the operation's
 * arguments, and a draft save is how staff propose a correction to a live item without touching it.
 */
export const rememberDraftSave =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  ({ args, operation, req }) => {
    if (operation === 'update' || operation === 'restoreVersion') {
      const { draft, data } = args as { draft?: boolean; data?: { _status?: unknown } }
      // Payload saves a draft only when asked and not told to publish (`?draft=true` with
      // `_status: 'published'` publishes).
      req.context[DRAFT_SAVE] =
        Boolean(draft) && (operation === 'restoreVersion' || data?._status !== 'published')
      req.context[RESTORE] = operation === 'restoreVersion'
    }
    return args
  }

export const isDraftSave = (context: RequestContext): boolean => Boolean(context[DRAFT_SAVE])

/** A version restore: its data is the old version's, `updatedAt` included. */
export const isRestore = (context: RequestContext): boolean => Boolean(context[RESTORE])
