// GET /api/search: a route of its own, ahead of Payload's catch-all, so a query costs no
// authentication or i18n set-up (src/search/searchEndpoint.ts gives the same answer in-process).
import config from '@payload-config'
import { getPayload } from 'payload'

import { answerDatabaseOutage } from '@/lib/databaseOutage'
import { answerSearch } from '@/search/answerSearch'
import { siteKeys } from '@/sites/requestSite'

export const dynamic = 'force-dynamic'

// While Postgres is unreachable callers get 503 + Retry-After, as from every other API route.
export const GET = answerDatabaseOutage(config, async (request: Request) =>
  answerSearch(new URL(request.url), siteKeys(request.headers), await getPayload({ config })),
)
