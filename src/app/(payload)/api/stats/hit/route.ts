// POST /api/stats/hit: a route of its own, ahead of Payload's catch-all, so a beacon costs no
// authentication or i18n set-up (src/stats/endpoints/statsEndpoints.ts answers the same in-process).
import config from '@payload-config'
import { getPayload } from 'payload'

import { answerDatabaseOutage } from '@/lib/databaseOutage'
import { sqlPool } from '@/lib/sqlPool'
import { siteKeys } from '@/sites/requestSite'
import { answerHit } from '@/stats/answerHit'
import { beaconSiteId } from '@/stats/beaconSite'

export const dynamic = 'force-dynamic'

export const POST = answerDatabaseOutage(config, async (request: Request) => {
  const pool = sqlPool(await getPayload({ config }))
  return answerHit(request, pool, () => beaconSiteId(pool, siteKeys(request.headers)))
})
