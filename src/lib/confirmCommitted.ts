import { APIError, type Payload } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE } from './databaseOutage'
import { sqlPool } from './sqlPool'

/**
 * Payload's Postgres adapter swallows a failed COMMIT (@payloadcms/drizzle's commitTransaction
 * catches it), so a write cut off by a Postgres restart still looks successful. Before we answer
 * "saved", a fresh autocommit query must see the row; otherwise the caller gets 503 and retries.
 */
export async function confirmCommitted(
  payload: Payload,
  query: string,
  params: unknown[],
): Promise<void> {
  const { rowCount } = await sqlPool(payload).query(query, params)
  if (!rowCount) throw new APIError(DATABASE_UNAVAILABLE_MESSAGE, 503, undefined, true)
}
