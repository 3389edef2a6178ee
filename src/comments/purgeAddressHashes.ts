import type { Payload } from 'payload'

import { sqlPool } from '../lib/sqlPool'

export const ADDRESS_HASH_DAYS = 90

/** Personal data: address hashes are kept 90 days, then removed from every comment. Returns how many. */
export async function purgeAddressHashes(
  payload: Payload,
  days = ADDRESS_HASH_DAYS,
): Promise<number> {
  const { rowCount } = await sqlPool(payload).query(
    `UPDATE comments SET ip_hash = NULL WHERE ip_hash IS NOT NULL AND created_at < now() - make_interval(days => $1)`,
    [days],
  )
  return rowCount ?? 0
}
