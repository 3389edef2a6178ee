import { createHmac } from 'node:crypto'

/** Shared secret of POST /api/revalidate, derived from PAYLOAD_SECRET (no Next import: the launcher uses it). */
export const revalidateToken = () =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || '')
    .update('revalidate-site')
    .digest('hex')
