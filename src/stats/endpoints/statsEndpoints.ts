import type { Endpoint } from 'payload'

import { sqlPool } from '../../lib/sqlPool'
import { requestSiteId } from '../../sites/requestSite'
import { answerHit } from '../answerHit'
import { answerSummary } from '../answerSummary'

/**
 * POST /api/stats/hit and GET /api/stats/summary through Payload's REST handler (in-process
 * callers, tests). Over HTTP the routes in src/app/(payload)/api/stats/ answer first, with the same
 * functions and without Payload's per-request authentication.
 */
export const statsHitEndpoint: Endpoint = {
  path: '/stats/hit',
  method: 'post',
  handler: (req) =>
    answerHit(
      { text: () => req.text?.() ?? Promise.resolve(''), headers: req.headers },
      sqlPool(req.payload),
      () => requestSiteId(req),
    ),
}

export const statsSummaryEndpoint: Endpoint = {
  path: '/stats/summary',
  method: 'get',
  handler: async (req) => answerSummary(sqlPool(req.payload), await requestSiteId(req)),
}
