import type { CollectionBeforeChangeHook } from 'payload'

import { changesContent } from './changesContent'
import { isWorkflowWrite } from './writeWorkflowState'

/**
 * Records, server-side, who last changed what readers read (four-eyes). A save that changes only
 * placement (featured, sharing, comments on/off) keeps the previous name; the workflow's own
 * writes and server code without a user keep it too.
 */
export const recordContentEditor: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const previous = originalDoc?.lastContentEditor ?? null
  if (isWorkflowWrite(context)) return data
  if (!req.user) return { ...data, lastContentEditor: data.lastContentEditor ?? previous }
  const changed = operation === 'create' || changesContent(data, originalDoc)
  return { ...data, lastContentEditor: changed ? req.user.id : previous }
}
