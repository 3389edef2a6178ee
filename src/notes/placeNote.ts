import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { ROLES } from '../access/roles'
import { hasRoleOnSite, idOf } from '../sites/siteRoles'

/**
 * A new note takes its author from the request and its site from the article, and only staff of
 * that site may write one (403). On an update the article, site and author never change.
 */
export const placeNote: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'create')
    return {
      ...data,
      article: originalDoc.article,
      site: originalDoc.site,
      author: originalDoc.author,
    }
  const articleId = idOf(data.article)
  const article =
    articleId === null
      ? null
      : await req.payload.findByID({
          collection: 'articles',
          id: articleId,
          depth: 0,
          draft: true,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  if (!article) throw new APIError('Không tìm thấy tin bài.', 400, undefined, true)
  if (req.user && !hasRoleOnSite(req.user, article.site, ...ROLES))
    throw new APIError('Bạn không có quyền ghi chú trên tin bài này.', 403, undefined, true)
  return { ...data, site: idOf(article.site), author: req.user?.id ?? data.author }
}
