import type { Endpoint } from 'payload'

import { siteKeys } from '../sites/requestSite'
import { answerSearch } from './answerSearch'

/**
 * GET /api/search through Payload's REST handler (the Local API and in-process callers). Over
 * HTTP, src/app/(payload)/api/search/route.ts answers first: the same answer without Payload's
 * per-request work (authentication, i18n), which search does not need.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: (req) => answerSearch(new URL(req.url!), siteKeys(req.headers), req.payload),
}
