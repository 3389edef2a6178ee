import { getPayload, type SanitizedConfig } from 'payload'

import { errorResponse } from './errorResponse'
import { sqlPool } from './sqlPool'

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Hệ thống tạm thời mất kết nối tới cơ sở dữ liệu. Vui lòng thử lại sau ít phút.'

let lastOutage = 0

/** True when Postgres answers `SELECT 1` within two seconds. */
export async function databaseReachable(
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<boolean> {
  try {
    const payload = await getPayload({ config })
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000)),
    )
    await Promise.race([sqlPool(payload).query('SELECT 1'), timeout]).finally(() =>
      clearTimeout(timer),
    )
    return true
  } catch {
    lastOutage = Date.now()
    return false
  }
}

type Handler<A> = (request: Request, args: A) => Promise<Response>

/**
 * Wraps an API route: a failure while Postgres is unreachable becomes 503 with a Vietnamese
 * message and Retry-After, instead of a 500 that reads like a bug. Anything else passes through.
 */
export function answerDatabaseOutage<A>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<A>,
): Handler<A> {
  return async (request, args) => {
    let response: Response
    try {
      response = await handler(request, args)
    } catch (error) {
      if (await inOutage(config)) return unavailable()
      throw error
    }
    if (response.status >= 500 && (await inOutage(config))) return unavailable()
    return response
  }
}

// A request that failed just before Postgres came back still failed because of the outage.
const inOutage = async (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  !(await databaseReachable(config)) || Date.now() - lastOutage < 10_000

const unavailable = () =>
  errorResponse(503, DATABASE_UNAVAILABLE_MESSAGE, {
    'Retry-After': '10',
    'Cache-Control': 'no-store',
  })
