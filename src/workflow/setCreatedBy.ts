import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who created the article or document: a reporter may edit and submit only their own. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (operation === 'create') return { ...data, createdBy: req.user?.id ?? data.createdBy }
  return { ...data, createdBy: originalDoc?.createdBy ?? data.createdBy }
}
