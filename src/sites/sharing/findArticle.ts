import { APIError, type PayloadRequest } from 'payload'

import type { Article } from '../../payload-types'

/** The live article `id` (no access check: callers apply the sharing rules), or a 404. */
export async function findArticle(req: PayloadRequest, id: unknown): Promise<Article> {
  const article = /^\d+$/.test(String(id))
    ? await req.payload.findByID({
        collection: 'articles',
        id: String(id),
        req,
        overrideAccess: true,
        depth: 0,
        disableErrors: true,
      })
    : null
  if (!article) throw new APIError('Không tìm thấy tin bài.', 404, null, true)
  return article
}
