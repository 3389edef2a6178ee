import { APIError, type Endpoint } from 'payload'

import { errorResponse } from '../../lib/errorResponse'
import { transitionWorkflow } from '../transitionWorkflow'
import type { WorkflowCollection } from '../workflowCollections'

/**
 * POST /api/{articles|documents|pages}/{id}/transition { to, note?, publishedAt? } → 200
 * { state, publishedAt, scheduled } (and `correction` for a correction's move).
 */
export const transitionEndpoint = (collection: WorkflowCollection): Endpoint => ({
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(403, 'Bạn cần đăng nhập.')
    let body: Record<string, unknown>
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return errorResponse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return errorResponse(400, 'Dữ liệu gửi lên không hợp lệ.')
    }
    try {
      const result = await transitionWorkflow(collection, {
        req,
        id: String(req.routeParams?.id),
        to: body.to,
        note: body.note,
        publishedAt: body.publishedAt,
      })
      // `from`/`to` are for server-side callers (notifications); the answer keeps DESIGN's shape.
      const { from: _from, to: _to, ...answer } = result
      return Response.json(answer)
    } catch (error) {
      if (error instanceof APIError) return errorResponse(error.status, error.message)
      throw error
    }
  },
})
