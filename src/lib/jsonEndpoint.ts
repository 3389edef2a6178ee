import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { errorResponse } from './errorResponse'

/**
 * A POST endpoint for signed-in staff as a thin adapter: parses the JSON body, calls a
 * transport-free function, answers its result as JSON, and its APIError as `{ errors }` with the
 * error's status and Vietnamese message.
 */
export const jsonEndpoint = (
  path: string,
  run: (req: PayloadRequest, body: Record<string, unknown>) => Promise<unknown>,
  status = 200,
): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(403, 'Bạn cần đăng nhập.')
    let body: unknown
    try {
      const text = (await req.text?.()) ?? ''
      body = text.trim() ? JSON.parse(text) : {}
    } catch {
      return errorResponse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return errorResponse(400, 'Dữ liệu gửi lên không hợp lệ.')
    try {
      return Response.json(await run(req, body as Record<string, unknown>), { status })
    } catch (error) {
      if (error instanceof APIError) return errorResponse(error.status, error.message)
      throw error
    }
  },
})
