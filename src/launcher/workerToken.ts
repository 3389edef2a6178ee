import { createHmac } from 'node:crypto'

/** Shared secret of POST /api/worker/start, derived from PAYLOAD_SECRET. */
export const workerToken = () =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || '')
    .update('start-worker')
    .digest('hex')
