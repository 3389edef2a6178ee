import { timingSafeEqual } from 'node:crypto'
import type { Endpoint } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { startWorkerInWebServer } from './workerInWebServer'
import { workerToken } from './workerToken'

/**
 * POST /api/worker/start: webServer.ts asks its own process to run the jobs worker, once, when
 * the launcher wants it here (PORTAL_RUN_WORKER=1). Anyone else gets a 404.
 */
export const workerEndpoint: Endpoint = {
  path: '/worker/start',
  method: 'post',
  handler: (req) => {
    const given = Buffer.from(req.headers.get('x-worker-token') ?? '')
    const expected = Buffer.from(workerToken())
    const allowed =
      process.env.PORTAL_RUN_WORKER === '1' &&
      given.length === expected.length &&
      timingSafeEqual(given, expected)
    if (!allowed) return errorResponse(404, 'Không tìm thấy.')
    startWorkerInWebServer(req.payload)
    return Response.json({ started: true })
  },
}
