// GET /api/stats/summary: a route of its own, ahead of Payload's catch-all (no authentication:
// the figures are public). next.config.ts leaves its Cache-Control to the answer.
import config from '@payload-config'
import { getPayload } from 'payload'

import { answerDatabaseOutage } from '@/lib/databaseOutage'
import { sqlPool } from '@/lib/sqlPool'
import { siteKeys } from '@/sites/requestSite'
import { answerSummary } from '@/stats/answerSummary'
import { beaconSiteId } from '@/stats/beaconSite'

export const dynamic = 'force-dynamic'

export const GET = answerDatabaseOutage(config, async (request: Request) => {
  const pool = sqlPool(await getPayload({ config }))
  return answerSummary(pool, await beaconSiteId(pool, siteKeys(request.headers)))
})
