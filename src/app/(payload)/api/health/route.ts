// GET /api/health: a route of its own, ahead of Payload's catch-all, so a probe costs no auth
// lookup and its 503 keeps the health shape (the catch-all would turn it into an error message).
import config from '@payload-config'
import { getPayload } from 'payload'

import { readHealth } from '@/health/readHealth'
import { sqlPool } from '@/lib/sqlPool'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const { httpStatus, body } = await readHealth(async () => sqlPool(await getPayload({ config })))
  return Response.json(body, { status: httpStatus, headers: { 'Cache-Control': 'no-store' } })
}
