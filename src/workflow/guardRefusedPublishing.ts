import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isWorkflowCollection, WORKFLOW_COLLECTIONS } from './workflowCollections'

/**
 * The last word on what may be public, on every write whatever its path (REST, GraphQL, Local
 * API, version restore, bulk edit, the workflow's own writes, the scheduled job): a save that
 * would leave a secret or internal document live is refused with 400 and the reason. Listed
 * before guardPublishing, so a secret document is always told why, not just "use the workflow".
 */
export const guardRefusedPublishing: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
}) => {
  if (!isWorkflowCollection(collection.slug)) return data
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const refusal = WORKFLOW_COLLECTIONS[collection.slug].refusePublishing({
    ...originalDoc,
    ...data,
  })
  if (refusal) throw new APIError(refusal, 400, undefined, true)
  return data
}
