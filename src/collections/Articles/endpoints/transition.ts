import { APIError, type Endpoint } from 'payload'

import { transitionArticle } from '../../../workflow/transitionArticle'

/** POST /api/articles/{id}/transition { to, note?, publishedAt? } → 200 { state } */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Bạn cần đăng nhập.' }] }, { status: 403 })
    let body: Record<string, unknown>
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return Response.json({ errors: [{ message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' }] }, { status: 400 })
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return Response.json({ errors: [{ message: 'Dữ liệu gửi lên không hợp lệ.' }] }, { status: 400 })
    }
    try {
      const result = await transitionArticle({
        req,
        id: String(req.routeParams?.id),
        to: body.to,
        note: body.note,
        publishedAt: body.publishedAt,
      })
      return Response.json(result)
    } catch (error) {
      if (error instanceof APIError) {
        return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
      }
      throw error
    }
  },
}
