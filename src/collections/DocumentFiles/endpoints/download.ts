import type { Endpoint } from 'payload'

import { countDownload } from '../../../documents/downloadCounts'
import { errorResponse } from '../../../lib/errorResponse'
import { sqlPool } from '../../../lib/sqlPool'
import { serveFile } from './serveFile'

/**
 * GET /api/document-files/{id}/download → the file as an attachment, counted once (in
 * document_downloads, never on the versioned document). 404 for a file the caller may not read.
 * Range requests (a viewer fetching pieces) are served but not counted.
 */
export const downloadEndpoint: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!Number.isSafeInteger(id) || id < 1) return errorResponse(404, 'Không tìm thấy tệp.')
    const { docs } = await req.payload.find({
      collection: 'document-files',
      where: { id: { equals: id } },
      req,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      select: { filename: true },
    })
    const filename = docs[0]?.filename
    if (!filename) return errorResponse(404, 'Không tìm thấy tệp.')
    const res = await serveFile(req, filename)
    if (res.status !== 200) return res
    if (!req.headers.get('range')) await countDownload(sqlPool(req.payload), id)
    const headers = new Headers(res.headers)
    headers.set(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    )
    return new Response(res.body, { status: res.status, headers })
  },
}
