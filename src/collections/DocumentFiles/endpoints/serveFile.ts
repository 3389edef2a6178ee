import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../../../lib/errorResponse'

const NOT_FOUND = 'Không tìm thấy tệp.'

/** Payload's own GET /file/:filename of this collection (access check, ranges, content type). */
function builtInFileHandler(req: PayloadRequest) {
  const endpoints = req.payload.collections['document-files'].config.endpoints || []
  return endpoints.find(
    (e) => e.path === '/file/:filename' && e.method === 'get' && !e.custom?.ours,
  )
}

/**
 * Serves a stored file through Payload's handler, with its read access (the public: files of
 * public documents; staff: their site's). Anything the caller may not read is a 404, as if it did
 * not exist: a secret document's file must not even be confirmed to exist.
 */
export async function serveFile(req: PayloadRequest, filename: string): Promise<Response> {
  const handler = builtInFileHandler(req)
  if (!handler) return errorResponse(404, NOT_FOUND)
  req.routeParams = { ...req.routeParams, filename }
  try {
    const res = await handler.handler(req)
    return res.status === 403 || res.status === 401 ? errorResponse(404, NOT_FOUND) : res
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return errorResponse(404, NOT_FOUND)
    throw error
  }
}

/** GET /api/document-files/file/{filename}: the direct file URL, 404 to whoever may not read it. */
export const fileEndpoint: Endpoint = {
  path: '/file/:filename',
  method: 'get',
  custom: { ours: true },
  handler: (req) => serveFile(req, String(req.routeParams?.filename ?? '')),
}
