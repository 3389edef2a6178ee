import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { SITE_COLLECTIONS } from '../../../sites/siteCollections'

/**
 * A site with content or sub-sites is not deleted: its articles are records of a Party committee
 * (move them to another site first), and nothing is ever deleted by cascade.
 */
export const keepSiteWithContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const children = await req.payload.count({
    collection: 'sites',
    where: { parent: { equals: id } },
    req,
    overrideAccess: true,
  })
  if (children.totalDocs)
    throw new APIError(
      `Trang này còn ${children.totalDocs} trang đơn vị cấp dưới.`,
      400,
      null,
      true,
    )
  for (const collection of SITE_COLLECTIONS) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { site: { equals: id } },
      req,
      overrideAccess: true,
    })
    if (totalDocs)
      throw new APIError(
        'Trang đơn vị còn nội dung (tin bài, chuyên mục, ảnh, banner hoặc bình luận): hãy chuyển hoặc xóa nội dung trước.',
        400,
        null,
        true,
      )
  }
}
