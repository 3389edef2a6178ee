import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A consultation that received feedback is a record of what citizens said: it cannot be deleted
 * (on every path: REST, GraphQL, admin, bulk delete), only unpublished.
 */
export const keepFeedbackOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'consultation-feedback',
    where: { consultation: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs)
    throw new APIError(
      `Dự thảo đã nhận ${totalDocs} góp ý nên không thể xóa; hãy bỏ công bố nếu không muốn hiển thị.`,
      400,
      undefined,
      true,
    )
}
