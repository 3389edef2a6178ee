// Payload REST API under /api, including our collection endpoints (transition, history …).
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { answerDatabaseOutage } from '@/lib/databaseOutage'

// While Postgres is unreachable callers get 503 + Retry-After, not a 500.
export const GET = answerDatabaseOutage(config, REST_GET(config))
export const POST = answerDatabaseOutage(config, REST_POST(config))
export const PATCH = answerDatabaseOutage(config, REST_PATCH(config))
export const PUT = answerDatabaseOutage(config, REST_PUT(config))
export const DELETE = answerDatabaseOutage(config, REST_DELETE(config))
export const OPTIONS = REST_OPTIONS(config)
